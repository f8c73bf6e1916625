package dev.uplift.model.plan;

import java.time.DayOfWeek;
import java.time.LocalDate;

/** Working days: Monday to Friday. */
public final class WorkingDays {
    /** Working days in a week, for time boxes given in weeks. */
    public static final int PER_WEEK = 5;

    private WorkingDays() {
    }

    /** The first working day on or after the date. */
    public static LocalDate onOrAfter(LocalDate date) {
        LocalDate d = date;
        while (isWeekend(d)) {
            d = d.plusDays(1);
        }
        return d;
    }

    /** The date {@code days} working days after {@code start} (a working day). */
    public static LocalDate plus(LocalDate start, int days) {
        LocalDate d = onOrAfter(start);
        int left = days;
        while (left > 0) {
            d = d.plusDays(1);
            if (!isWeekend(d)) {
                left--;
            }
        }
        return d;
    }

    private static boolean isWeekend(LocalDate d) {
        return d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
    }
}
