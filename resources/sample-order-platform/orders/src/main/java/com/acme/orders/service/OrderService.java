package com.acme.orders.service;

import com.acme.orders.persistence.OrderRecord;
import com.acme.orders.persistence.OrderRepository;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.Optional;

/** Places orders: prices them, reserves stock, stores them. */
public final class OrderService {
    private final OrderRepository repository;
    private final PricingEngine pricing;
    private final InventoryClient inventory;

    public OrderService(OrderRepository repository, PricingEngine pricing, InventoryClient inventory) {
        this.repository = repository;
        this.pricing = pricing;
        this.inventory = inventory;
    }

    /** Places the order and returns its id. */
    public long place(OrderRequest request) throws SQLException {
        for (OrderRequest.Line line : request.lines()) {
            if (!inventory.reserve(line.sku(), line.quantity())) {
                throw new IllegalArgumentException("not enough stock for " + line.sku());
            }
        }
        BigDecimal total = pricing.total(request);
        return repository.insert(request.customerId(), total);
    }

    public Optional<OrderRecord> find(long id) throws SQLException {
        return repository.find(id);
    }

    /** Cancels an order that has not shipped yet. */
    public boolean cancel(long id) throws SQLException {
        Optional<OrderRecord> order = repository.find(id);
        if (order.isEmpty() || order.get().status().equals("SHIPPED")) {
            return false;
        }
        return repository.updateStatus(id, "CANCELLED");
    }
}
