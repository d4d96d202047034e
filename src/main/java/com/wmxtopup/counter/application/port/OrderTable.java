package com.wmxtopup.counter.application.port;

import com.wmxtopup.counter.domain.Order;
import com.wmxtopup.counter.domain.ShopZone;
import java.io.IOException;
import java.nio.file.Path;

/// A file of orders, one row each, that a spreadsheet opens (the back office's export).
public interface OrderTable {

    /// Rows are written as they come; closing finishes the file.
    interface Rows extends AutoCloseable {
        void add(Order order) throws IOException;

        @Override
        void close() throws IOException;
    }

    /// Starts the file (replacing one that exists); times are written in `zone`.
    Rows create(Path file, ShopZone zone) throws IOException;
}
