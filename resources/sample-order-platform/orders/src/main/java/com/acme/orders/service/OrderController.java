package com.acme.orders.service;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** HTTP API of the order service: create and read orders. */
public final class OrderController {
    private final OrderService orders;
    private final ObjectMapper json = new ObjectMapper();

    public OrderController(OrderService orders) {
        this.orders = orders;
    }

    public HttpServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 64);
        server.createContext("/orders", this::handle);
        server.start();
        System.out.println("order service started on " + port);
        return server;
    }

    private void handle(HttpExchange exchange) throws IOException {
        try {
            switch (exchange.getRequestMethod()) {
                case "POST" -> create(exchange);
                case "GET" -> read(exchange);
                default -> write(exchange, 405, Map.of("error", "method not allowed"));
            }
        } catch (IllegalArgumentException e) {
            write(exchange, 400, Map.of("error", e.getMessage()));
        } catch (Exception e) {
            write(exchange, 500, Map.of("error", "internal error"));
        }
    }

    private void create(HttpExchange exchange) throws Exception {
        JsonNode body = json.readTree(exchange.getRequestBody());
        OrderRequest request = OrderRequest.fromJson(body);
        long id = orders.place(request);
        write(exchange, 201, Map.of("id", id));
    }

    private void read(HttpExchange exchange) throws Exception {
        String[] segments = exchange.getRequestURI().getPath().split("/");
        if (segments.length < 3) {
            throw new IllegalArgumentException("order id missing");
        }
        long id = Long.parseLong(segments[2]);
        var order = orders.find(id);
        if (order.isEmpty()) {
            write(exchange, 404, Map.of("error", "no such order"));
        } else {
            write(exchange, 200, order.get());
        }
    }

    private void write(HttpExchange exchange, int status, Object body) throws IOException {
        byte[] bytes = json.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
