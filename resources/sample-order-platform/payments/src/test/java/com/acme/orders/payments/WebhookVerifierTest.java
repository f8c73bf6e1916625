package com.acme.orders.payments;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class WebhookVerifierTest {
    private final WebhookVerifier verifier = new WebhookVerifier("test-shared-value");

    @Test
    void acceptsItsOwnSignature() {
        assertTrue(verifier.isAuthentic("{}", verifier.signatureOf("{}")));
    }

    @Test
    void rejectsMissingOrWrongSignatures() {
        assertFalse(verifier.isAuthentic("{}", null));
        assertFalse(verifier.isAuthentic("{}", "abc"));
    }
}
