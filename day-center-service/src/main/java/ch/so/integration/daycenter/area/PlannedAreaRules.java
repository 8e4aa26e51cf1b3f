package ch.so.integration.daycenter.area;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * Changes to an area must not leave its existing plan invalid. Pure: the planned counts are handed in.
 * <ul>
 *   <li>DC-02: a company holiday over days that already have entries in the area is refused (409), naming the days
 *   and the number of planned half-days; the plan is not changed silently. Re-plan those days first.</li>
 *   <li>DC-04: a capacity below the most participants planned on a half-day from today on is refused (409).</li>
 * </ul>
 */
public final class PlannedAreaRules {

    /** The capacity rule's ID; the same as planning's capacity check (not referenced, areas do not depend on planning). */
    public static final String CAPACITY_RULE = "DC-04";

    private PlannedAreaRules() {
    }

    /** A refusal if entries are planned in the area on days of the closure {@code days}; {@code planned} by date. */
    public static Optional<ProblemException> closureOverPlans(String areaName, DateRange days,
                                                              List<AreaPlans.PlannedDay> planned) {
        if (planned.isEmpty()) {
            return Optional.empty();
        }
        long entries = planned.stream().mapToLong(AreaPlans.PlannedDay::entries).sum();
        List<LocalDate> dates = planned.stream().map(AreaPlans.PlannedDay::date).sorted().toList();
        String message = entries + " planned half-day" + (entries == 1 ? "" : "s") + " in '" + areaName + "' on "
                + CompanyHolidays.describe(dates) + " (" + dates.size() + " day" + (dates.size() == 1 ? "" : "s")
                + ")";
        String detail = "Closing '" + areaName + "' from " + days.from() + " to " + days.to() + " would leave " + message
                + " in a closed area. Re-plan or remove these entries first; a company holiday does not change plans.";
        String field = "participants are planned on these days: " + message;
        return Optional.of(new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, detail)
                .withRule(CompanyHolidays.RULE)
                .withErrors(List.of(new FieldError("from", field), new FieldError("to", field)))));
    }

    /** A refusal if {@code capacity} is below what is planned on the busiest half-day from today on. */
    public static Optional<ProblemException> capacityBelowPlans(String areaName, int capacity,
                                                                Optional<AreaPlans.BusiestHalfDay> busiest) {
        if (busiest.isEmpty() || busiest.get().planned() <= capacity) {
            return Optional.empty();
        }
        AreaPlans.BusiestHalfDay b = busiest.get();
        String message = "must be at least " + b.planned() + ": " + b.planned() + " participants are planned in '"
                + areaName + "' on " + b.date() + " " + b.halfDay();
        return Optional.of(new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, "A capacity of " + capacity
                        + " per half-day is below what is planned already: " + b.planned() + " participants on "
                        + b.date() + " " + b.halfDay() + ". Re-plan that half-day first.")
                .withRule(CAPACITY_RULE).withErrors(List.of(new FieldError("capacity", message)))));
    }
}
