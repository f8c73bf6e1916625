package com.acme.orders.service;

import java.math.BigDecimal;

/** Shipping prices by destination. */
public final class ShippingQuotes {

    public BigDecimal quote(String country, int parcels) {
        if (parcels <= 0) {
            throw new IllegalArgumentException("at least one parcel");
        }
        BigDecimal base = "DE".equals(country) || "FR".equals(country) ? new BigDecimal("4.90") : new BigDecimal("12.50");
        return base.multiply(BigDecimal.valueOf(parcels));
    }

    public String carrierFor(String country) {
        // TODO pick the carrier from the contract table
        return null;
    }
}
