-- The sales reports (issue 15, ADR 0012): the orders summed per shop day and per UTC hour. Both
-- tables are caches: HibernateSalesFigures fills them from the orders when a report is asked
-- for, summing again every shop day that holds an order changed since the last time (found
-- through orders_updated).

-- Per day of the shop's zone (days since 1970-01-01 at the zone's fixed offset, kept in
-- sales_rollup_state) and per one dimension at a time: 'status' (every order), 'game', 'item'
-- (SKU, labelled with its name), 'seller' and 'payment' (successful orders only).
CREATE TABLE sales_days (
    shop_day      BIGINT        NOT NULL,
    dimension     VARCHAR(8)    NOT NULL,
    group_key     VARCHAR(120)  NOT NULL,
    group_label   VARCHAR(200)  NOT NULL,
    order_count   BIGINT        NOT NULL,
    amount        BIGINT        NOT NULL,
    cost          BIGINT        NOT NULL
);
CREATE INDEX sales_days_dimension_day ON sales_days (dimension, shop_day);

-- The successful orders per UTC hour of their creation (whole hours since the epoch): the
-- reports' days and hours of the shop's clock.
CREATE TABLE sales_hours (
    hour_utc      BIGINT        NOT NULL,
    order_count   BIGINT        NOT NULL,
    amount        BIGINT        NOT NULL,
    cost          BIGINT        NOT NULL
);
CREATE INDEX sales_hours_hour ON sales_hours (hour_utc);

-- One row: the newest orders.updated_at taken in (epoch microseconds), the zone offset the days
-- were cut at (seconds; another one means "sum everything again"), and how many orders, and the
-- sum of their versions, had an updated_at in the ten minutes up to covered_to (a late commit
-- into those minutes changes them). NULL until first filled.
CREATE TABLE sales_rollup_state (
    id               INTEGER  NOT NULL PRIMARY KEY,
    covered_to       BIGINT,
    offset_seconds   INTEGER,
    window_orders    BIGINT,
    window_versions  BIGINT
);
INSERT INTO sales_rollup_state (id, covered_to, offset_seconds, window_orders, window_versions) VALUES (1, NULL, NULL, NULL, NULL);

-- The orders changed since a moment, without reading every order.
CREATE INDEX orders_updated ON orders (updated_at);
