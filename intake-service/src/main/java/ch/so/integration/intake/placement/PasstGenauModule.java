package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * PG-02: the pass(t)genau modules with their duration and hour limits, as one table. Durations are counted from
 * the planned first to the planned last day inclusive; months are calendar months.
 */
public enum PasstGenauModule {
    ENTRY_PHASE("Einstiegsphase", 0, 2, 4, 0, 0, 48, 0),
    QUALIFICATION_PHASE("Qualifizierungsphase", 1, 0, 0, 4, 10, 540, 0),
    STABILISATION_PHASE("Stabilisierungsphase", 2, 0, 0, 3, 7, 378, 0),
    TRANSITION_PHASE("Übergangsphase", 3, 0, 0, 0, 6, 324, 0),
    JOB_SECURING("Sicherung Arbeitsplatz", 4, 0, 0, 0, 6, 0, 30),
    JOB_COACHING("Jobcoaching", 5, 0, 0, 0, 0, 0, 0);

    private final String label;
    private final int order;
    private final int minWeeks;
    private final int maxWeeks;
    private final int minMonths;
    private final int maxMonths;
    private final int maxHours;
    private final int maxHoursPerMonth;

    PasstGenauModule(String label, int order, int minWeeks, int maxWeeks, int minMonths, int maxMonths, int maxHours,
                     int maxHoursPerMonth) {
        this.label = label;
        this.order = order;
        this.minWeeks = minWeeks;
        this.maxWeeks = maxWeeks;
        this.minMonths = minMonths;
        this.maxMonths = maxMonths;
        this.maxHours = maxHours;
        this.maxHoursPerMonth = maxHoursPerMonth;
    }

    public String label() {
        return label;
    }

    /** The order of the modules in the whole programme. */
    public int order() {
        return order;
    }

    /** Job coaching runs on an IFD mandate (Integrationsfachdienst) and has no limits of its own. */
    public boolean requiresIfdMandate() {
        return this == JOB_COACHING;
    }

    /** The modules of a booking "as a whole" (job coaching needs its own IFD mandate). */
    public static PasstGenauModule[] whole() {
        return new PasstGenauModule[] {ENTRY_PHASE, QUALIFICATION_PHASE, STABILISATION_PHASE, TRANSITION_PHASE,
                JOB_SECURING};
    }

    /**
     * PG-02: why a planned module breaks its limits, or empty when it keeps them.
     *
     * @param lastDay inclusive
     */
    public Optional<String> violation(LocalDate firstDay, LocalDate lastDay, int plannedHours) {
        if (lastDay.isBefore(firstDay)) {
            return Optional.of("ends before it starts");
        }
        if (plannedHours < 0) {
            return Optional.of("planned hours must not be negative");
        }
        LocalDate dayAfter = lastDay.plusDays(1);
        long days = ChronoUnit.DAYS.between(firstDay, dayAfter);
        if (maxWeeks > 0 && (days < minWeeks * 7L || days > maxWeeks * 7L)) {
            return Optional.of("%s lasts %d to %d weeks, planned are %d days".formatted(label, minWeeks, maxWeeks, days));
        }
        if (minMonths > 0 && firstDay.plusMonths(minMonths).isAfter(dayAfter)) {
            return Optional.of("%s lasts at least %d months".formatted(label, minMonths));
        }
        if (maxMonths > 0 && dayAfter.isAfter(firstDay.plusMonths(maxMonths))) {
            return Optional.of("%s lasts at most %d months".formatted(label, maxMonths));
        }
        if (maxHours > 0 && plannedHours > maxHours) {
            return Optional.of("%s has at most %d hours, planned are %d".formatted(label, maxHours, plannedHours));
        }
        if (maxHoursPerMonth > 0) {
            long months = startedMonths(firstDay, dayAfter);
            if (plannedHours > maxHoursPerMonth * months) {
                return Optional.of("%s has at most %d hours a month: %d hours over %d months, planned are %d"
                        .formatted(label, maxHoursPerMonth, maxHoursPerMonth * months, months, plannedHours));
            }
        }
        return Optional.empty();
    }

    /** The hour limit of a planned module (for the hours billing may record), empty when there is none. */
    public Optional<Integer> hourLimit(LocalDate firstDay, LocalDate lastDay) {
        if (maxHours > 0) {
            return Optional.of(maxHours);
        }
        if (maxHoursPerMonth > 0) {
            return Optional.of((int) (maxHoursPerMonth * startedMonths(firstDay, lastDay.plusDays(1))));
        }
        return Optional.empty();
    }

    private static long startedMonths(LocalDate firstDay, LocalDate dayAfter) {
        long months = ChronoUnit.MONTHS.between(firstDay, dayAfter);
        return firstDay.plusMonths(months).isBefore(dayAfter) ? months + 1 : Math.max(months, 1);
    }
}
