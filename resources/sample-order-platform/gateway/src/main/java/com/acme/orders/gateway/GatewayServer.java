package com.acme.orders.gateway;

import com.acme.orders.auth.TokenService;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Executors;

/**
 * The public entry point of the platform: authenticates requests, applies rate limits and forwards
 * them to the service that owns the route.
 */
public final class GatewayServer {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayServer.class);
    private static final String CORRELATION_HEADER = "X-Correlation-Id";

    private final RouteTable routes;
    private final RateLimiter limiter;
    private final TokenService tokens;
    private final HttpClient client = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .build();

    public GatewayServer(RouteTable routes, RateLimiter limiter, TokenService tokens) {
        this.routes = routes;
        this.limiter = limiter;
        this.tokens = tokens;
    }

    /** Starts listening; returns the server so callers can stop it. */
    public HttpServer start(int port) throws IOException {
        HttpServer server = HttpServer.create(new InetSocketAddress(port), 128);
        server.createContext("/health", new HealthHandler());
        server.createContext("/", this::forward);
        server.setExecutor(Executors.newFixedThreadPool(32));
        server.start();
        LOG.info("gateway listening on port {}", port);
        return server;
    }

    private void forward(HttpExchange exchange) throws IOException {
        String correlationId = Optional.ofNullable(exchange.getRequestHeaders().getFirst(CORRELATION_HEADER))
                .orElse(UUID.randomUUID().toString());
        String client = exchange.getRemoteAddress().getAddress().getHostAddress();
        if (!limiter.tryAcquire(client)) {
            respond(exchange, 429, "{\"error\":\"rate limit exceeded\"}", correlationId);
            return;
        }
        String token = exchange.getRequestHeaders().getFirst("Authorization");
        if (token == null || tokens.verify(token.replaceFirst("^Bearer ", "")).isEmpty()) {
            respond(exchange, 401, "{\"error\":\"unauthorized\"}", correlationId);
            return;
        }
        Optional<URI> target = routes.resolve(exchange.getRequestURI());
        if (target.isEmpty()) {
            respond(exchange, 404, "{\"error\":\"no route\"}", correlationId);
            return;
        }
        try (InputStream body = exchange.getRequestBody()) {
            HttpRequest request = HttpRequest.newBuilder(target.get())
                    .timeout(Duration.ofSeconds(10))
                    .header(CORRELATION_HEADER, correlationId)
                    .method(exchange.getRequestMethod(), HttpRequest.BodyPublishers.ofByteArray(body.readAllBytes()))
                    .build();
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            respond(exchange, response.statusCode(), response.body(), correlationId);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            respond(exchange, 503, "{\"error\":\"shutting down\"}", correlationId);
        } catch (IOException e) {
            LOG.warn("upstream {} failed [{}]", target.get(), correlationId, e);
            respond(exchange, 502, "{\"error\":\"upstream unavailable\"}", correlationId);
        }
    }

    private static void respond(HttpExchange exchange, int status, String json, String correlationId)
            throws IOException {
        byte[] bytes = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.getResponseHeaders().set(CORRELATION_HEADER, correlationId);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }
}
