-- The rollup's refresh (SalesRollup, ADR 0012) deletes a run of shop days from every breakdown
-- at once before summing them again. sales_days_dimension_day starts with the dimension, so that
-- delete read the whole table (about 10,000 rows a year; 2-10 ms a day on H2 at 1,000,000
-- orders, docs/benchmarks.md). Reports keep reading through the older index.
CREATE INDEX sales_days_day ON sales_days (shop_day);
