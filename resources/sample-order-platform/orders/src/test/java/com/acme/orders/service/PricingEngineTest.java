package com.acme.orders.service;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

class PricingEngineTest {
    private final PricingEngine engine = new PricingEngine(
            Map.of("mug", new BigDecimal("8.00"), "tee", new BigDecimal("20.00")),
            Map.of("WELCOME10", new BigDecimal("0.10")));

    @Test
    void sumsLines() {
        OrderRequest r = new OrderRequest("c1", List.of(new OrderRequest.Line("mug", 2),
                new OrderRequest.Line("tee", 1)), null);
        assertEquals(new BigDecimal("36.00"), engine.total(r));
    }

    @Test
    void appliesVolumeDiscountFromTenItems() {
        OrderRequest r = new OrderRequest("c1", List.of(new OrderRequest.Line("mug", 10)), null);
        assertEquals(new BigDecimal("76.00"), engine.total(r));
    }

    @Test
    void appliesCoupon() {
        OrderRequest r = new OrderRequest("c1", List.of(new OrderRequest.Line("tee", 1)), "WELCOME10");
        assertEquals(new BigDecimal("18.00"), engine.total(r));
    }

    @Test
    void rejectsUnknownProducts() {
        OrderRequest r = new OrderRequest("c1", List.of(new OrderRequest.Line("hat", 1)), null);
        assertThrows(IllegalArgumentException.class, () -> engine.total(r));
    }
}
