-- The orders list's "sold by" filter and its list of sellers (issue 13): one cashier's sales,
-- newest first, and the distinct sellers without reading every order.
CREATE INDEX orders_sold_by_created ON orders (sold_by, created_at);
