package com.acme.orders.payments;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;

/** Decides whether and how much a customer can get back. */
public final class RefundPolicy {
    private static final Duration WINDOW = Duration.ofDays(30);

    /** The refundable amount: the rest of the order total inside the window, else nothing. */
    public BigDecimal refundable(BigDecimal orderTotal, BigDecimal alreadyRefunded, Instant placedAt, Instant now) {
        if (placedAt.plus(WINDOW).isBefore(now)) {
            return BigDecimal.ZERO;
        }
        return orderTotal.subtract(alreadyRefunded).max(BigDecimal.ZERO);
    }
}
