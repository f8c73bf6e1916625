package dev.uplift.analysis.rules;

import dev.uplift.model.Component;
import dev.uplift.model.ComponentMetrics;

import java.util.Set;

/**
 * What component rules see: the component, its aggregated metrics and the signals its files raised
 * (see {@link Signals}).
 */
public record ComponentFacts(Component component, ComponentMetrics metrics, Set<String> signals) {
    public ComponentFacts {
        signals = Set.copyOf(signals);
    }
}
