package dev.uplift.views.overview;

import dev.uplift.model.Category;

/**
 * A category's repository-wide score against the standard.
 *
 * @param value  lines-of-code weighted mean over components (percent for coverage)
 * @param target the standard's threshold, or null when it sets none
 */
public record CategoryKpi(Category category, double value, Double target) {

    public boolean meetsTarget() {
        return target == null || value >= target;
    }

    /** Position on a 0..1 bar. */
    public double fraction() {
        return category == Category.TESTING ? value / 100 : value / 10;
    }
}
