package dev.uplift.model.gate;

/**
 * One way a component falls short of the standard.
 *
 * @param kind     {@code threshold}, {@code control} or {@code blocker}
 * @param subject  the score, control or rule concerned
 * @param actual   what the assessment shows
 * @param required what the standard asks
 */
public record Shortfall(String componentId, String componentName, String kind, String subject, String actual,
                        String required) {

    /** What falls short, e.g. {@code security 7.0, needs 9.0} or {@code missing control: …}. */
    public String detail() {
        return switch (kind) {
            case "control" -> "missing control: " + subject + " (" + actual + ")";
            case "blocker" -> "blocker finding: " + subject;
            default -> subject + " " + actual + ", needs " + required;
        };
    }
}
