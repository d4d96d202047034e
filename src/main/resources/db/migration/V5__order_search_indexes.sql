-- The back office's order list: newest first with keyset paging on (created_at, id), and the
-- "needs action" preset, which looks at status and how long an order has not moved.
CREATE INDEX orders_created_id ON orders (created_at, id);
CREATE INDEX orders_status_updated ON orders (status, updated_at);
