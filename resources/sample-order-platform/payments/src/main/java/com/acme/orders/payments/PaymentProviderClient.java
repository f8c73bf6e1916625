package com.acme.orders.payments;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** Calls the external payment provider's REST API to capture and refund payments. */
public final class PaymentProviderClient {
    private static final Logger LOG = LoggerFactory.getLogger(PaymentProviderClient.class);

    private final HttpClient http = HttpClient.newHttpClient();
    private final ObjectMapper json = new ObjectMapper();
    private final URI base;
    private final String apiKey;

    public PaymentProviderClient(URI base, String apiKey) {
        this.base = base;
        this.apiKey = apiKey;
    }

    /** Captures an authorised payment; returns the provider's transaction id. */
    public String capture(String authorisationId, BigDecimal amount, String currency)
            throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("authorisation", authorisationId,
                "amount", amount.toPlainString(), "currency", currency));
        JsonNode response = post("captures", body);
        LOG.info("captured {} {} for authorisation {}", amount, currency, authorisationId);
        return response.path("transactionId").asText();
    }

    /** Refunds part or all of a captured payment. */
    public String refund(String transactionId, BigDecimal amount) throws IOException, InterruptedException {
        String body = json.writeValueAsString(Map.of("transaction", transactionId, "amount", amount.toPlainString()));
        return post("refunds", body).path("refundId").asText();
    }

    private JsonNode post(String path, String body) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + apiKey)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 400) {
            throw new IOException("payment provider answered " + response.statusCode() + ": " + response.body());
        }
        return json.readTree(response.body());
    }
}
