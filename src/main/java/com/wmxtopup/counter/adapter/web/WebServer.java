package com.wmxtopup.counter.adapter.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.nio.ByteBuffer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.server.handler.SizeLimitHandler;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/// The one embedded Jetty server: webhooks, the local REST API and `/health`. Bodies over
/// 64 KiB get 413, unknown paths 404, other methods 405, idle connections are closed; every
/// answer is JSON. Handlers never touch the UI.
public final class WebServer implements AutoCloseable {

    public static final int MAX_BODY_BYTES = 64 * 1024;
    private static final long IDLE_TIMEOUT_MS = 30_000;
    private static final Logger log = LoggerFactory.getLogger(WebServer.class);

    private final String host;
    private final int requestedPort;
    private final Map<String, Map<String, Endpoint>> routes = new HashMap<>();
    private final ObjectMapper json = new ObjectMapper();
    private Server server;
    private ServerConnector connector;

    public WebServer(String host, int port, List<Endpoint> endpoints) {
        this.host = host;
        this.requestedPort = port;
        for (Endpoint e : endpoints) {
            routes.computeIfAbsent(e.path(), p -> new LinkedHashMap<>()).put(e.method(), e);
        }
    }

    /// Binds and starts; throws [PortInUseException] when the port is taken.
    public synchronized void start() {
        var threads = new QueuedThreadPool(32, 4);
        threads.setName("wmx-web");
        server = new Server(threads);
        connector = new ServerConnector(server);
        connector.setHost(host);
        connector.setPort(requestedPort);
        connector.setIdleTimeout(IDLE_TIMEOUT_MS);
        server.addConnector(connector);
        var sizeLimit = new SizeLimitHandler(MAX_BODY_BYTES, -1);
        sizeLimit.setHandler(new Router());
        server.setHandler(sizeLimit);
        server.setErrorHandler(new JsonErrorHandler());
        server.setStopTimeout(5_000);
        try {
            server.start();
        } catch (IOException e) {
            stopQuietly();
            if (e instanceof BindException || e.getCause() instanceof BindException) {
                throw new PortInUseException(host, requestedPort, e);
            }
            throw new IllegalStateException("web server could not start on " + host + ":" + requestedPort, e);
        } catch (Exception e) {
            stopQuietly();
            throw new IllegalStateException("web server could not start on " + host + ":" + requestedPort, e);
        }
    }

    /// The port actually bound (useful with port 0).
    public int port() {
        return connector.getLocalPort();
    }

    public String host() {
        return host;
    }

    @Override
    public synchronized void close() {
        stopQuietly();
    }

    private void stopQuietly() {
        if (server == null) {
            return;
        }
        try {
            server.stop();
        } catch (Exception e) {
            log.warn("Web server did not stop cleanly", e);
        }
        server = null;
    }

    /// Routes registered as `/api/orders/*` match one more path segment (`/api/orders/WMX-1`);
    /// routes like `/api/orders/*/retry` match any one segment before the last.
    private Map<String, Endpoint> prefixRoute(String path) {
        int slash = path.lastIndexOf('/');
        if (slash <= 0 || slash == path.length() - 1) {
            return null;
        }
        Map<String, Endpoint> last = routes.get(path.substring(0, slash) + "/*");
        if (last != null) {
            return last;
        }
        int before = path.lastIndexOf('/', slash - 1);
        if (before <= 0 || before == slash - 1) {
            return null;
        }
        return routes.get(path.substring(0, before) + "/*" + path.substring(slash));
    }

    private final class Router extends Handler.Abstract {

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            String path = Request.getPathInContext(request);
            String method = request.getMethod().toUpperCase(Locale.ROOT);
            Map<String, Endpoint> byMethod = routes.get(path);
            if (byMethod == null) {
                byMethod = prefixRoute(path);
            }
            JsonReply reply;
            if (byMethod == null) {
                reply = JsonReply.error(404, "no such endpoint: " + path);
            } else if (!byMethod.containsKey(method)) {
                Set<String> allowed = new TreeSet<>(byMethod.keySet());
                response.getHeaders().put(HttpHeader.ALLOW, String.join(", ", allowed));
                reply = JsonReply.error(405, "method " + method + " is not allowed here; use " + String.join(" or ", allowed));
            } else {
                reply = invoke(byMethod.get(method), request, path, method);
            }
            write(response, callback, reply);
            return true;
        }

        private JsonReply invoke(Endpoint endpoint, Request request, String path, String method) {
            byte[] body;
            try (InputStream in = Content.Source.asInputStream(request)) {
                body = in.readAllBytes();
            } catch (IOException | RuntimeException e) {
                if (isTooLarge(e)) {
                    return JsonReply.error(413, "request body is larger than " + MAX_BODY_BYTES + " bytes");
                }
                return JsonReply.error(400, "request body could not be read");
            }
            if (body.length > MAX_BODY_BYTES) {
                return JsonReply.error(413, "request body is larger than " + MAX_BODY_BYTES + " bytes");
            }
            var headers = new HashMap<String, String>();
            for (HttpField field : request.getHeaders()) {
                headers.putIfAbsent(field.getLowerCaseName(), field.getValue());
            }
            var query = new HashMap<String, List<String>>();
            Fields fields = Request.extractQueryParameters(request);
            for (Fields.Field f : fields) {
                query.put(f.getName(), List.copyOf(f.getValues()));
            }
            try {
                return endpoint.handler().handle(new WebRequest(method, path, Map.copyOf(query), Map.copyOf(headers), body));
            } catch (Exception e) {
                log.error("Handler for {} {} failed", method, path, e);
                return JsonReply.error(500, "internal error; see the log of WMX Topup Counter");
            }
        }

        private static boolean isTooLarge(Throwable e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof org.eclipse.jetty.http.HttpException http && http.getCode() == HttpStatus.PAYLOAD_TOO_LARGE_413) {
                    return true;
                }
            }
            return false;
        }
    }

    private void write(Response response, Callback callback, JsonReply reply) {
        byte[] bytes;
        try {
            bytes = json.writeValueAsBytes(reply.body());
        } catch (IOException e) {
            log.error("Could not write JSON reply", e);
            bytes = "{\"error\":\"internal error\"}".getBytes(java.nio.charset.StandardCharsets.UTF_8);
            reply = new JsonReply(500, null);
        }
        response.setStatus(reply.status());
        reply.headers().forEach((name, value) -> response.getHeaders().put(name, value));
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        response.write(true, ByteBuffer.wrap(bytes), callback);
    }

    /// Errors Jetty raises itself (e.g. 413 before a handler runs, bad requests) answered as JSON.
    private final class JsonErrorHandler extends ErrorHandler {
        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            int status = response.getStatus() >= 400 ? response.getStatus() : 500;
            Object attr = request.getAttribute(ErrorHandler.ERROR_MESSAGE);
            String message = attr == null ? HttpStatus.getMessage(status) : attr.toString();
            if (status == HttpStatus.PAYLOAD_TOO_LARGE_413) {
                message = "request body is larger than " + MAX_BODY_BYTES + " bytes";
            }
            WebServer.this.write(response, callback, JsonReply.error(status, message));
            return true;
        }
    }
}
