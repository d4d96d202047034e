-- Who holds an order in flight, and which console processes are alive (issue 10, ADR 0009).
--
-- A console run is one start of the application. It renews heartbeat_at every few seconds
-- while it lives; a run that ended (stopped_at) or whose heartbeat is older than the lease is
-- dead, and what it held in flight (a QRIS charge for a PENDING order, a supplier request for a
-- SUPPLIER_REQUESTING one) is recovered by whichever console looks next. Another console's live
-- request is never touched.
CREATE TABLE console_runs (
    id            VARCHAR(36)  PRIMARY KEY,
    console_id    VARCHAR(36)  NOT NULL,
    host_name     VARCHAR(200) NOT NULL,
    started_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    heartbeat_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    stopped_at    TIMESTAMP(6) WITH TIME ZONE
);
CREATE INDEX console_runs_console ON console_runs (console_id);

-- The console run that holds the order in flight; empty when nobody does.
ALTER TABLE orders ADD COLUMN claimed_by VARCHAR(36) DEFAULT '' NOT NULL;
