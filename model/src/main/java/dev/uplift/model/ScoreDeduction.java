package dev.uplift.model;

/**
 * Points a score lost, and why: the answer to "why this score".
 *
 * @param score  which score lost them: a category's {@link Category#jsonKey()} or {@link #READINESS}
 * @param source the rule id or metric name that cost the points
 * @param detail a readable explanation ("3 findings", "12 of 40 public methods undocumented")
 * @param points points lost on the score's own scale (percentage points for coverage)
 */
public record ScoreDeduction(String score, String source, String detail, double points) {
    public static final String READINESS = "readiness";

    public static ScoreDeduction of(Category category, String source, String detail, double points) {
        return new ScoreDeduction(category.jsonKey(), source, detail, points);
    }

    public boolean isFor(Category category) {
        return score.equals(category.jsonKey());
    }

    /** A readable name of the score, e.g. "Security" or "Readiness". */
    public String scoreTitle() {
        for (Category c : Category.values()) {
            if (c.jsonKey().equals(score)) {
                return c.title();
            }
        }
        return READINESS.equals(score) ? "Readiness" : score;
    }
}
