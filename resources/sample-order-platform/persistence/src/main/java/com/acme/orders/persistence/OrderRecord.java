package com.acme.orders.persistence;

import java.math.BigDecimal;
import java.time.Instant;

/** One row of the orders table. */
public record OrderRecord(long id, String customerId, String status, BigDecimal total, Instant createdAt) {
}
