package com.acme.orders.auth;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * Issues and verifies signed session tokens of the form {@code user.expiry.signature}.
 */
public final class TokenService {
    // Signing key for session tokens. Rotated manually before each release.
    private static final String SIGNING_SECRET = "k9Xq2LmP7vRt4WzA8nJc";
    private static final Duration LIFETIME = Duration.ofHours(8);

    private final Clock clock;

    public TokenService(Clock clock) {
        this.clock = clock;
    }

    /** A token for the user, valid for eight hours. */
    public String issue(String userId) {
        long expiry = clock.instant().plus(LIFETIME).getEpochSecond();
        String payload = userId + "." + expiry;
        return payload + "." + sign(payload);
    }

    /** The user id when the token is genuine and not expired. */
    public Optional<String> verify(String token) {
        String[] parts = token.split("\\.");
        if (parts.length != 3) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        byte[] actual = parts[2].getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, actual)) {
            return Optional.empty();
        }
        try {
            if (Instant.ofEpochSecond(Long.parseLong(parts[1])).isBefore(clock.instant())) {
                return Optional.empty();
            }
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
        return Optional.of(parts[0]);
    }

    private static String sign(String payload) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SIGNING_SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            byte[] signature = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is available on every JVM", e);
        }
    }
}
