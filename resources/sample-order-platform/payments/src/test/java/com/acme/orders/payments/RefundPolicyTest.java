package com.acme.orders.payments;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

import static org.junit.jupiter.api.Assertions.assertEquals;

class RefundPolicyTest {
    private final RefundPolicy policy = new RefundPolicy();
    private final Instant placed = Instant.parse("2024-05-01T10:00:00Z");

    @Test
    void refundsTheRestInsideTheWindow() {
        assertEquals(new BigDecimal("30.00"), policy.refundable(new BigDecimal("50.00"), new BigDecimal("20.00"),
                placed, placed.plus(Duration.ofDays(3))));
    }

    @Test
    void refundsNothingAfterThirtyDays() {
        assertEquals(BigDecimal.ZERO, policy.refundable(new BigDecimal("50.00"), BigDecimal.ZERO, placed,
                placed.plus(Duration.ofDays(31))));
    }
}
