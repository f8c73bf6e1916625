package com.acme.orders.gateway;

import java.time.Clock;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A token bucket per client: {@code capacity} requests at once, refilled at {@code perSecond}.
 * Thread-safe.
 */
public final class RateLimiter {
    private final int capacity;
    private final double perSecond;
    private final Clock clock;
    private final ConcurrentHashMap<String, Bucket> buckets = new ConcurrentHashMap<>();

    private static final class Bucket {
        double tokens;
        long updatedMillis;

        Bucket(double tokens, long updatedMillis) {
            this.tokens = tokens;
            this.updatedMillis = updatedMillis;
        }
    }

    public RateLimiter(int capacity, double perSecond, Clock clock) {
        if (capacity <= 0 || perSecond <= 0) {
            throw new IllegalArgumentException("capacity and rate must be positive");
        }
        this.capacity = capacity;
        this.perSecond = perSecond;
        this.clock = clock;
    }

    /** Takes one token for the client; false when the client is over its limit. */
    public boolean tryAcquire(String client) {
        long now = clock.millis();
        Bucket bucket = buckets.computeIfAbsent(client, c -> new Bucket(capacity, now));
        synchronized (bucket) {
            double refill = (now - bucket.updatedMillis) / 1000.0 * perSecond;
            bucket.tokens = Math.min(capacity, bucket.tokens + refill);
            bucket.updatedMillis = now;
            if (bucket.tokens < 1) {
                return false;
            }
            bucket.tokens -= 1;
            return true;
        }
    }
}
