package com.acme.orders.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;

/** Prices an order from the catalogue, with volume discounts and coupons. */
public final class PricingEngine {
    private static final BigDecimal VOLUME_DISCOUNT = new BigDecimal("0.05");
    private static final int VOLUME_THRESHOLD = 10;

    private final Map<String, BigDecimal> catalogue;
    private final Map<String, BigDecimal> coupons;

    public PricingEngine(Map<String, BigDecimal> catalogue, Map<String, BigDecimal> coupons) {
        this.catalogue = Map.copyOf(catalogue);
        this.coupons = Map.copyOf(coupons);
    }

    /** The order total, rounded to cents. */
    public BigDecimal total(OrderRequest request) {
        BigDecimal total = BigDecimal.ZERO;
        for (OrderRequest.Line line : request.lines()) {
            BigDecimal price = catalogue.get(line.sku());
            if (price == null) {
                throw new IllegalArgumentException("unknown product " + line.sku());
            }
            BigDecimal amount = price.multiply(BigDecimal.valueOf(line.quantity()));
            if (line.quantity() >= VOLUME_THRESHOLD) {
                amount = amount.subtract(amount.multiply(VOLUME_DISCOUNT));
            }
            total = total.add(amount);
        }
        if (request.couponCode() != null) {
            BigDecimal off = coupons.getOrDefault(request.couponCode(), BigDecimal.ZERO);
            total = total.subtract(total.multiply(off)).max(BigDecimal.ZERO);
        }
        return total.setScale(2, RoundingMode.HALF_EVEN);
    }

    public BigDecimal taxFor(String country, BigDecimal amount) {
        // FIXME flat 20 % until the tax service integration lands
        return amount.multiply(new BigDecimal("0.20")).setScale(2, RoundingMode.HALF_EVEN);
    }
}
