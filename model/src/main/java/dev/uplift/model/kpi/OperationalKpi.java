package dev.uplift.model.kpi;

import java.util.Locale;
import java.util.Optional;

/** The seed design's production KPIs with their targets. */
public enum OperationalKpi {
    UPTIME("uptime", "Uptime", "%", 99.9, true),
    ERROR_RATE("error-rate", "Error rate", "%", 0.1, false),
    P95_LATENCY("p95-latency", "Response time p95", "ms", 200, false);

    private final String id;
    private final String title;
    private final String unit;
    private final double target;
    private final boolean higherIsBetter;

    OperationalKpi(String id, String title, String unit, double target, boolean higherIsBetter) {
        this.id = id;
        this.title = title;
        this.unit = unit;
        this.target = target;
        this.higherIsBetter = higherIsBetter;
    }

    public String id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String unit() {
        return unit;
    }

    public double target() {
        return target;
    }

    /** Whether a measured value meets the target (at least for uptime; below for error rate and latency). */
    public boolean meets(double value) {
        return higherIsBetter ? value >= target : value < target;
    }

    /** The target as people read it, e.g. {@code ≥ 99.9 %} or {@code < 200 ms}. */
    public String targetText() {
        return (higherIsBetter ? "≥ " : "< ") + format(target);
    }

    public String format(double value) {
        String number = value == Math.rint(value) ? String.format(Locale.ROOT, "%.0f", value)
                : String.format(Locale.ROOT, "%s", value);
        return number + " " + unit;
    }

    public static Optional<OperationalKpi> byId(String id) {
        for (OperationalKpi k : values()) {
            if (k.id.equalsIgnoreCase(id.strip())) {
                return Optional.of(k);
            }
        }
        return Optional.empty();
    }

    public boolean isValid(double value) {
        return unit.equals("%") ? value >= 0 && value <= 100 : value >= 0;
    }
}
