package com.acme.orders.auth;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** Users and their password hashes, loaded from a JSON file at start-up. */
public final class UserDirectory {
    private final Map<String, String> hashes = new HashMap<>();
    private final PasswordHasher hasher;

    public UserDirectory(PasswordHasher hasher) {
        this.hasher = hasher;
    }

    public void load(Path file) {
        try {
            JsonNode users = new ObjectMapper().readTree(Files.readString(file));
            users.fields().forEachRemaining(e -> hashes.put(e.getKey(), e.getValue().asText()));
        } catch (IOException e) {
            e.printStackTrace();
        }
    }

    /** The user id when the credentials are right. */
    public Optional<String> authenticate(String user, char[] password) {
        String stored = hashes.get(user);
        if (stored == null || !hasher.matches(password, stored)) {
            return Optional.empty();
        }
        return Optional.of(user);
    }

    public void lockAccount(String user) {
        // TODO lock after five failed attempts; needs the audit table first
    }

    public int size() {
        return hashes.size();
    }
}
