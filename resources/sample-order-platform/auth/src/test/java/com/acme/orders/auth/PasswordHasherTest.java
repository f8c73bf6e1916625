package com.acme.orders.auth;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PasswordHasherTest {
    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void matchesTheRightPasswordOnly() {
        String stored = hasher.hash("correct horse".toCharArray());
        assertTrue(hasher.matches("correct horse".toCharArray(), stored));
        assertFalse(hasher.matches("wrong horse".toCharArray(), stored));
    }

    @Test
    void saltsEveryHash() {
        assertNotEquals(hasher.hash("same".toCharArray()), hasher.hash("same".toCharArray()));
    }
}
