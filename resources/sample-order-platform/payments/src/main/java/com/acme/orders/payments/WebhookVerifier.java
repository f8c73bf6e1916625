package com.acme.orders.payments;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks that a webhook call really comes from the payment provider. */
public final class WebhookVerifier {
    private final String sharedSecret;

    public WebhookVerifier(String sharedSecret) {
        this.sharedSecret = sharedSecret;
    }

    /** Whether the signature header matches the body. */
    public boolean isAuthentic(String body, String signatureHeader) {
        if (signatureHeader == null || signatureHeader.isBlank()) {
            return false;
        }
        return signatureOf(body).equals(signatureHeader.strip());
    }

    String signatureOf(String body) {
        try {
            MessageDigest md5 = MessageDigest.getInstance("MD5");
            byte[] digest = md5.digest((sharedSecret + body).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
