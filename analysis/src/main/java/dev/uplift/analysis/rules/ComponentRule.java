package dev.uplift.analysis.rules;

import dev.uplift.model.Finding;
import dev.uplift.model.Rule;

import java.util.Optional;

/** A rule about a component as a whole (a missing control rather than a bad line). Stateless. */
public interface ComponentRule {

    Rule rule();

    Optional<Finding> check(ComponentFacts facts);

    default Finding finding(ComponentFacts facts, String message) {
        return Finding.of(rule(), facts.component().path(), 0, message, null);
    }
}
