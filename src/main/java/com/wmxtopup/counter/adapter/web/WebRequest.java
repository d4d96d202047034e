package com.wmxtopup.counter.adapter.web;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/// A request as handlers see it: already size-checked, no Jetty types.
public record WebRequest(String method, String path, Map<String, List<String>> query, Map<String, String> headers, byte[] body) {

    /// The last path segment (`WMX-1` of `/api/orders/WMX-1`), for `/*` routes.
    public String lastSegment() {
        return path.substring(path.lastIndexOf('/') + 1);
    }

    /// The segment before the last (`WMX-1` of `/api/orders/WMX-1/retry`), for `/*/name` routes.
    public String segmentBeforeLast() {
        int last = path.lastIndexOf('/');
        return path.substring(path.lastIndexOf('/', last - 1) + 1, last);
    }

    public Optional<String> queryParameter(String name) {
        List<String> values = query.get(name);
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /// Header lookup, case-insensitive (names are stored lower-case).
    public Optional<String> header(String name) {
        return Optional.ofNullable(headers.get(name.toLowerCase(java.util.Locale.ROOT)));
    }
}
