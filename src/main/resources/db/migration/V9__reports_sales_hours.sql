-- The sales reports (issue 15, ADR 0012): the orders summed per UTC hour of their creation and
-- per game, item, seller, payment method and status. Every Indonesian shop zone is a whole
-- number of hours from UTC, so any run of shop days is a run of these hours. The table is a
-- cache: HibernateSalesFigures fills it from the orders when a report is asked for, recomputing
-- every hour that holds an order changed since the last time (found through orders_updated).
CREATE TABLE sales_hours (
    hour_utc        BIGINT        NOT NULL, -- whole hours since 1970-01-01T00:00Z of orders.created_at
    game            VARCHAR(120)  NOT NULL,
    sku             VARCHAR(64)   NOT NULL,
    product_name    VARCHAR(200)  NOT NULL,
    sold_by         VARCHAR(60)   NOT NULL,
    payment_method  VARCHAR(8)    NOT NULL,
    status          VARCHAR(24)   NOT NULL,
    order_count     BIGINT        NOT NULL,
    amount          BIGINT        NOT NULL,
    cost            BIGINT        NOT NULL
);
CREATE INDEX sales_hours_status_hour ON sales_hours (status, hour_utc);
CREATE INDEX sales_hours_hour ON sales_hours (hour_utc);

-- One row: the newest orders.updated_at the table has taken in (epoch milliseconds); NULL until
-- it was first filled.
CREATE TABLE sales_hours_watermark (
    id           INTEGER  NOT NULL PRIMARY KEY,
    covered_to   BIGINT
);
INSERT INTO sales_hours_watermark (id, covered_to) VALUES (1, NULL);

-- The orders changed since a moment, without reading every order.
CREATE INDEX orders_updated ON orders (updated_at);
