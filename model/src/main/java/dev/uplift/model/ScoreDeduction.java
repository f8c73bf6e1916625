package dev.uplift.model;

/**
 * Points a score lost, and why: the answer to "why this score".
 *
 * @param source the rule id or metric name that cost the points
 * @param detail a readable explanation ("3 findings", "12 of 40 public methods undocumented")
 * @param points points lost on the category's own scale (percentage points for coverage)
 */
public record ScoreDeduction(Category category, String source, String detail, double points) {
}
