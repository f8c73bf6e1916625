package com.acme.orders.gateway;

import org.junit.jupiter.api.Test;

import java.net.URI;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class RouteTableTest {
    private final RouteTable routes = new RouteTable(Map.of(
            "/orders", URI.create("http://orders:8080/"),
            "/orders/admin", URI.create("http://admin:8080/")));

    @Test
    void longestPrefixWins() {
        assertEquals(URI.create("http://admin:8080/users"),
                routes.resolve(URI.create("/orders/admin/users")).orElseThrow());
    }

    @Test
    void keepsTheQuery() {
        assertEquals(URI.create("http://orders:8080/42?expand=lines"),
                routes.resolve(URI.create("/orders/42?expand=lines")).orElseThrow());
    }

    @Test
    void unknownPathHasNoRoute() {
        assertTrue(routes.resolve(URI.create("/billing")).isEmpty());
    }
}
