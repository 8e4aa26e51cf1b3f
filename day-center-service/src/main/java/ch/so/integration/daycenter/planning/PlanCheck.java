package ch.so.integration.daycenter.planning;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

import ch.so.integration.daycenter.area.CompanyHolidays;
import ch.so.integration.daycenter.area.HalfDay;
import ch.so.integration.daycenter.area.OpeningHours;

/**
 * The rules of a week's plan, checked one entry after the other against the entries accepted before it. Pure: the
 * areas and participants are handed in.
 * <ul>
 *   <li>the date lies in the week; only Monday to Friday (DC-01);</li>
 *   <li>the area exists and has no company holiday that day (DC-02);</li>
 *   <li>the participant holds a place that day (DC-04);</li>
 *   <li>one area per participant per half-day (DC-04);</li>
 *   <li>no more participants in an area per half-day than its capacity (DC-04);</li>
 *   <li>no more half-days a week than the Pensum allows (DC-05, {@link PensumLimit}).</li>
 * </ul>
 */
public final class PlanCheck {

    public static final String RULE = "DC-04";

    public record Candidate(UUID placementId, LocalDate date, HalfDay halfDay, UUID areaId) {
    }

    /** What the check needs of a work area. */
    public record Area(UUID id, String name, int capacity, Predicate<LocalDate> closedOn) {
    }

    /** What the check needs of a participant's place. */
    public record Participant(UUID placementId, int pensumPercent, Predicate<LocalDate> holdsPlaceOn) {
    }

    /**
     * Why a candidate is refused: {@code rule} is the requirement ID of a broken business rule (409), or null for
     * an invalid reference (400); {@code field} names the entry's field.
     */
    public record Violation(String rule, String field, String message) {
    }

    private final IsoWeek week;
    private final Function<UUID, Optional<Area>> areas;
    private final Function<UUID, Optional<Participant>> participants;
    private final List<Candidate> accepted = new ArrayList<>();

    public PlanCheck(IsoWeek week, Function<UUID, Optional<Area>> areas,
                     Function<UUID, Optional<Participant>> participants) {
        this.week = week;
        this.areas = areas;
        this.participants = participants;
    }

    /** Checks the candidate against the rules and the entries accepted so far; accepts it if it breaks none. */
    public Optional<Violation> offer(Candidate c) {
        Optional<Violation> violation = check(c);
        if (violation.isEmpty()) {
            accepted.add(c);
        }
        return violation;
    }

    /** Takes an entry as given, unchecked: one that is planned already and counts towards capacity and Pensum. */
    public void accept(Candidate c) {
        accepted.add(c);
    }

    public List<Candidate> accepted() {
        return List.copyOf(accepted);
    }

    private Optional<Violation> check(Candidate c) {
        if (!week.contains(c.date())) {
            return Optional.of(new Violation(null, "date", "must lie in week " + week + " (" + week.monday()
                    + " to " + week.sunday() + ")"));
        }
        if (!OpeningHours.isOpen(c.date())) {
            return Optional.of(new Violation(OpeningHours.RULE, "date", c.date() + " is a "
                    + c.date().getDayOfWeek().name().charAt(0) + c.date().getDayOfWeek().name().substring(1).toLowerCase()
                    + ": only open days can be planned. " + OpeningHours.describe()));
        }
        Optional<Area> found = areas.apply(c.areaId());
        if (found.isEmpty()) {
            return Optional.of(new Violation(null, "areaId", "no work area with this id"));
        }
        Area area = found.get();
        if (area.closedOn().test(c.date())) {
            return Optional.of(new Violation(CompanyHolidays.RULE, "date",
                    "the work area '" + area.name() + "' is closed on " + c.date() + " (company holiday)"));
        }
        Optional<Participant> participant = participants.apply(c.placementId());
        if (participant.isEmpty()) {
            return Optional.of(new Violation(null, "placementId", "no day-center place with this placement id"));
        }
        if (!participant.get().holdsPlaceOn().test(c.date())) {
            return Optional.of(new Violation(RULE, "placementId",
                    "the participant holds no place on " + c.date() + " (not started, ended or cancelled)"));
        }
        if (accepted.stream().anyMatch(a -> a.placementId().equals(c.placementId()) && a.date().equals(c.date())
                && a.halfDay() == c.halfDay())) {
            return Optional.of(new Violation(RULE, "halfDay", "the participant is already planned on " + c.date()
                    + " " + c.halfDay() + ": one area per participant per half-day"));
        }
        long inArea = accepted.stream().filter(a -> a.areaId().equals(c.areaId()) && a.date().equals(c.date())
                && a.halfDay() == c.halfDay()).count();
        if (inArea >= area.capacity()) {
            return Optional.of(new Violation(RULE, "areaId", "the work area '" + area.name() + "' is full on "
                    + c.date() + " " + c.halfDay() + ": capacity " + area.capacity() + " per half-day"));
        }
        int pensum = participant.get().pensumPercent();
        int max = PensumLimit.maxHalfDaysPerWeek(pensum);
        long planned = accepted.stream().filter(a -> a.placementId().equals(c.placementId())).count();
        if (planned >= max) {
            return Optional.of(new Violation(PensumLimit.RULE, "placementId", "a Pensum of " + pensum
                    + " % allows at most " + max + " half-days a week, and " + planned + " are planned in " + week));
        }
        return Optional.empty();
    }
}
