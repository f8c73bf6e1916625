package com.acme.orders.service;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertThrows;

class OrderRequestTest {
    @Test
    void needsACustomer() {
        assertThrows(IllegalArgumentException.class,
                () -> new OrderRequest(" ", List.of(new OrderRequest.Line("mug", 1)), null));
    }

    @Test
    void needsLines() {
        assertThrows(IllegalArgumentException.class, () -> new OrderRequest("c1", List.of(), null));
    }

    @Test
    void boundsQuantities() {
        assertThrows(IllegalArgumentException.class,
                () -> new OrderRequest("c1", List.of(new OrderRequest.Line("mug", 0)), null));
    }
}
