CREATE TABLE customers (
    id    VARCHAR(36) PRIMARY KEY,
    email VARCHAR(320) NOT NULL
);
CREATE TABLE orders (
    id          BIGSERIAL PRIMARY KEY,
    customer_id VARCHAR(36) NOT NULL REFERENCES customers (id),
    status      VARCHAR(20) NOT NULL,
    total       NUMERIC(12, 2) NOT NULL,
    created_at  TIMESTAMP NOT NULL
);
CREATE INDEX orders_by_customer ON orders (customer_id, created_at);
