-- The sales rollups are kept up to date in the background (ADR 0018) and read by reports without
-- the state row's lock. Every refresh that rewrites rows adds one to generation; a report that
-- finds it changed between the start and the end of its reads read across a refresh, and reads
-- again.
ALTER TABLE sales_rollup_state ADD COLUMN generation BIGINT DEFAULT 0 NOT NULL;
