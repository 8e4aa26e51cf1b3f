package ch.so.integration.intake.placement;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import ch.so.integration.intake.person.GermanLevel;
import ch.so.integration.intake.programme.ProgrammeType;

/**
 * Who may be placed where: DC-05, DC-07..DC-09, DC-15, AM-02, PG-01, PG-02 as pure functions. Financing (who pays,
 * and the IV pension condition of DC-09) is {@code FinancingDetermination}'s.
 */
public final class PlacementRules {

    /** AM-02 "enough German" for Coaching, read as CEFR B1 or better (docs/intake-rules.md). */
    public static final GermanLevel COACHING_MIN_GERMAN = GermanLevel.B1;

    /** A day-center placement works in one to this many areas. */
    public static final int MAX_WORK_AREAS = 5;

    private PlacementRules() {
    }

    public static List<Refusal> check(PlacementCandidate c) {
        List<Refusal> refusals = new ArrayList<>();
        if (c.type().isDayCenter()) {
            dayCenter(c, refusals);
        } else {
            if (c.pensumPercent() != null && !Placement.isValidPensum(c.pensumPercent())) {
                refusals.add(new Refusal("DC-05", "pensumPercent", "must be 10 to 100 in steps of 10"));
            }
            if (!c.workAreas().isEmpty()) {
                refusals.add(new Refusal("DC-15", "workAreas", "only day-center places have work areas"));
            }
        }
        if (c.type() != PlacementType.AMI_PROGRAMME && c.programmeType() != null) {
            refusals.add(new Refusal("AM-02", "programmeId", "only an AMI programme placement names a programme"));
        }
        switch (c.type()) {
            case AMI_PROGRAMME -> programme(c, refusals);
            case PASST_GENAU -> passtGenau(c, refusals);
            default -> {
                if (!c.modules().isEmpty() || c.targetGroup() != null) {
                    refusals.add(new Refusal("PG-02", "modules", "only a pass(t)genau placement books modules"));
                }
            }
        }
        return refusals;
    }

    private static void dayCenter(PlacementCandidate c, List<Refusal> refusals) {
        if (c.pensumPercent() == null) {
            refusals.add(new Refusal("DC-05", "pensumPercent", "is required for a day-center place"));
        } else if (!Placement.isValidPensum(c.pensumPercent())) {
            refusals.add(new Refusal("DC-05", "pensumPercent", "must be 10 to 100 in steps of 10"));
        }
        if (c.workAreas().isEmpty() || c.workAreas().size() > MAX_WORK_AREAS) {
            refusals.add(new Refusal("DC-15", "workAreas", "name 1 to " + MAX_WORK_AREAS + " work areas"));
        } else if (c.workAreas().stream().distinct().count() != c.workAreas().size()) {
            refusals.add(new Refusal("DC-15", "workAreas", "names an area twice"));
        }
        if (c.type() == PlacementType.IVSE_B_STATIONARY && !c.assessed()) {
            refusals.add(new Refusal("DC-15", "assessmentId",
                    "an entry from stationary housing always goes through the assessment: name a completed one"));
        } else if (c.workAreas().size() > 1 && !c.assessed()) {
            refusals.add(new Refusal("DC-15", "assessmentId",
                    "working in several areas is decided by the assessment: name a completed one"));
        }
        if (c.type() == PlacementType.IVSE_B_SEMI_STATIONARY && !c.freeSemiStationaryPlace()) {
            refusals.add(new Refusal("DC-08", null,
                    "no free semi-stationary day-center place: places are given by capacity and occupancy, "
                            + "without guarantee"));
        }
    }

    private static void programme(PlacementCandidate c, List<Refusal> refusals) {
        ProgrammeType type = c.programmeType();
        if (type == null) {
            refusals.add(new Refusal("AM-02", "programmeId", "is required: the programme of the catalogue"));
            return;
        }
        if (type.socialAssistanceOnly() && !c.circumstances().socialAssistance()) {
            refusals.add(new Refusal("AM-02", "programmeId",
                    type.label() + " is open only to people on social assistance"));
        }
        if (type.hasAgeLimits() && (c.ageAtStart() < ProgrammeType.YOUTH_MIN_AGE
                || c.ageAtStart() > ProgrammeType.YOUTH_MAX_AGE)) {
            refusals.add(new Refusal("AM-02", "startDate", "%s is for ages %d to %d at the start; the person is %d"
                    .formatted(type.label(), ProgrammeType.YOUTH_MIN_AGE, ProgrammeType.YOUTH_MAX_AGE, c.ageAtStart())));
        }
        if (type.requiresSufficientGerman()) {
            GermanLevel german = c.circumstances().germanLevel();
            if (german == null) {
                refusals.add(new Refusal("AM-02", "germanLevel",
                        "Coaching needs enough German: record the person's German level first"));
            } else if (!german.atLeast(COACHING_MIN_GERMAN)) {
                refusals.add(new Refusal("AM-02", "germanLevel",
                        "Coaching needs enough German (" + COACHING_MIN_GERMAN + " or better); the person has "
                                + german));
            }
        }
    }

    private static void passtGenau(PlacementCandidate c, List<Refusal> refusals) {
        if (c.targetGroup() == null) {
            refusals.add(new Refusal("PG-01", "targetGroup", "is required for pass(t)genau"));
        } else if (!c.targetGroup().eligible()) {
            refusals.add(new Refusal("PG-01", "targetGroup", "pass(t)genau is for people with a significant "
                    + "disability (workshop recommendation or from a WfbM), a mental impairment or autism"));
        }
        if (c.modules().isEmpty()) {
            refusals.add(new Refusal("PG-02", "modules", "book at least one module, or the whole programme"));
            return;
        }
        Set<PasstGenauModule> booked = EnumSet.noneOf(PasstGenauModule.class);
        for (int i = 0; i < c.modules().size(); i++) {
            ModuleBooking booking = c.modules().get(i);
            String field = "modules[" + i + "]";
            if (!booked.add(booking.module())) {
                refusals.add(new Refusal("PG-02", field, booking.module().label() + " is booked twice"));
            }
            booking.module().violation(booking.plannedStart(), booking.plannedEnd(), booking.plannedHours())
                    .ifPresent(why -> refusals.add(new Refusal("PG-02", field, why)));
            if (booking.module().requiresIfdMandate() && booking.ifdMandateReference() == null) {
                refusals.add(new Refusal("PG-02", field + ".ifdMandateReference",
                        "job coaching runs on an IFD mandate: give its reference"));
            }
        }
        if (!booked.contains(PasstGenauModule.ENTRY_PHASE) && !c.entryPhaseDoneBefore()) {
            refusals.add(new Refusal("PG-02", "modules", "the entry phase is the mandatory base module: book it"));
        }
        // The phases follow one another: the entry phase first, no two phases at once (job coaching runs beside them).
        List<ModuleBooking> phases = c.modules().stream().filter(b -> !b.module().requiresIfdMandate())
                .sorted(java.util.Comparator.comparing(ModuleBooking::plannedStart)).toList();
        for (int i = 1; i < phases.size(); i++) {
            if (!phases.get(i).plannedStart().isAfter(phases.get(i - 1).plannedEnd())) {
                refusals.add(new Refusal("PG-02", "modules", phases.get(i).module().label() + " overlaps "
                        + phases.get(i - 1).module().label() + ": the phases follow one another"));
            }
        }
        if (booked.contains(PasstGenauModule.ENTRY_PHASE) && !phases.isEmpty()
                && phases.getFirst().module() != PasstGenauModule.ENTRY_PHASE) {
            refusals.add(new Refusal("PG-02", "modules", "the entry phase comes first"));
        }
    }
}
