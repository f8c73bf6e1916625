package com.acme.orders.service;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;

/** A validated request to place an order. */
public record OrderRequest(String customerId, List<Line> lines, String couponCode) {

    /** One product and how many of it. */
    public record Line(String sku, int quantity) {
    }

    public OrderRequest {
        if (customerId == null || customerId.isBlank()) {
            throw new IllegalArgumentException("customerId is required");
        }
        if (lines == null || lines.isEmpty()) {
            throw new IllegalArgumentException("an order needs at least one line");
        }
        for (Line line : lines) {
            if (line.quantity() <= 0 || line.quantity() > 1000) {
                throw new IllegalArgumentException("quantity out of range for " + line.sku());
            }
        }
        lines = List.copyOf(lines);
    }

    public static OrderRequest fromJson(JsonNode body) {
        List<Line> lines = new ArrayList<>();
        for (JsonNode line : body.path("lines")) {
            lines.add(new Line(line.path("sku").asText(), line.path("quantity").asInt()));
        }
        String coupon = body.hasNonNull("coupon") ? body.get("coupon").asText() : null;
        return new OrderRequest(body.path("customerId").asText(null), lines, coupon);
    }
}
