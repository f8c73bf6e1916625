/**
 * Analyzer rules. A {@link dev.uplift.analysis.rules.FileRule} looks at one parsed file; a
 * {@link dev.uplift.analysis.rules.ComponentRule} at a component's aggregated facts. Every rule is
 * listed in {@link dev.uplift.analysis.rules.RuleCatalog} and is stateless, so rules run in parallel.
 */
package dev.uplift.analysis.rules;
