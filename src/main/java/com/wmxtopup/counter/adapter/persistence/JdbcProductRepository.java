package com.wmxtopup.counter.adapter.persistence;

import com.wmxtopup.counter.application.port.CatalogSaveCancelledException;
import com.wmxtopup.counter.application.port.ProductRepository;
import com.wmxtopup.counter.application.port.ProgressListener;
import com.wmxtopup.counter.domain.PriceLevel;
import com.wmxtopup.counter.domain.Product;
import com.wmxtopup.counter.domain.ProductStatus;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

public final class JdbcProductRepository implements ProductRepository {

    private static final int SAVE_BATCH = 250;
    private static final String INSERT = "INSERT INTO products (game, name, price_basic, price_premium, price_special, status,"
            + " updated_at, sku) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE products SET game = ?, name = ?, price_basic = ?, price_premium = ?,"
            + " price_special = ?, status = ?, updated_at = ? WHERE sku = ?";
    private final Jdbc jdbc;

    public JdbcProductRepository(Jdbc jdbc) {
        this.jdbc = jdbc;
    }

    /// In one transaction, in batches: new products inserted, changed ones updated (unchanged rows
    /// are not written), removed ones marked [ProductStatus#REMOVED]. Cancelled between batches,
    /// nothing is saved.
    @Override
    public void saveCatalog(Collection<Product> current, Collection<String> removedSkus, Instant at, ProgressListener progress) {
        long total = (long) current.size() + removedSkus.size();
        jdbc.inTransaction(tx -> {
            Map<String, Product> existing = new HashMap<>();
            tx.sql("SELECT * FROM products").list(Mappers::product).forEach(p -> existing.put(p.sku(), p));
            try (var inserts = new Batch(tx.connection().prepareStatement(INSERT));
                    var updates = new Batch(tx.connection().prepareStatement(UPDATE))) {
                long done = 0;
                for (Product product : current) {
                    Product stored = existing.get(product.sku());
                    if (stored == null) {
                        inserts.add(product);
                    } else if (!stored.equals(product)) {
                        updates.add(product);
                    }
                    reportBatch(progress, ++done, total, inserts, updates);
                }
                for (String sku : removedSkus) {
                    Product stored = existing.get(sku);
                    if (stored != null && (stored.status() != ProductStatus.REMOVED || !at.equals(stored.updatedAt()))) {
                        updates.add(new Product(stored.sku(), stored.game(), stored.name(), stored.buyPrices(), ProductStatus.REMOVED, at));
                    }
                    reportBatch(progress, ++done, total, inserts, updates);
                }
                inserts.write();
                updates.write();
            }
            progress.progress(ProgressListener.Phase.SAVING, total, total);
        });
    }

    /// Every few hundred rows: write them, report progress, and stop (rolling back) if cancelled.
    private static void reportBatch(ProgressListener progress, long done, long total, Batch inserts, Batch updates) throws SQLException {
        if (done % SAVE_BATCH == 0) {
            inserts.write();
            updates.write();
            if (progress.isCancelled()) {
                throw new CatalogSaveCancelledException();
            }
            progress.progress(ProgressListener.Phase.SAVING, done, total);
        }
    }

    @Override
    public Optional<Product> findBySku(String sku) {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM products WHERE sku = :sku").bind("sku", sku).first(Mappers::product));
    }

    @Override
    public List<Product> findAll() {
        return jdbc.fromTransaction(tx -> tx.sql("SELECT * FROM products ORDER BY game, price_basic, name").list(Mappers::product));
    }

    /// Rows of one statement (both take the columns in the same order, the key last), sent together.
    private static final class Batch implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        Batch(PreparedStatement statement) {
            this.statement = statement;
        }

        void add(Product p) throws SQLException {
            statement.setString(1, p.game());
            statement.setString(2, p.name());
            statement.setLong(3, p.buyPrice(PriceLevel.BASIC).rupiah());
            statement.setLong(4, p.buyPrice(PriceLevel.PREMIUM).rupiah());
            statement.setLong(5, p.buyPrice(PriceLevel.SPECIAL).rupiah());
            statement.setString(6, p.status().name());
            statement.setObject(7, SqlStatement.jdbcValue(p.updatedAt()));
            statement.setString(8, p.sku());
            statement.addBatch();
            pending++;
        }

        void write() throws SQLException {
            if (pending > 0) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            statement.close();
        }
    }
}
