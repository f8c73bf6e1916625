package dev.uplift.app.store;

import dev.uplift.model.Tier;

import java.time.Instant;

/** A tier the user gave a component by hand, and why; it wins over the automatic classification. */
public record TierOverride(String componentId, Tier tier, String reason, Instant recordedAt) {

    /** The reason as the component shows it, so it reads apart from the automatic ones. */
    public String describe() {
        return "set by hand: " + reason;
    }
}
