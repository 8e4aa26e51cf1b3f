package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.util.List;

import ch.so.integration.intake.person.Circumstances;
import ch.so.integration.intake.programme.ProgrammeType;

/**
 * Everything the placement rules look at, gathered by the service: the request, the person's circumstances and age,
 * and what the database knows (assessment, free places, earlier entry phase).
 *
 * @param assessed               a completed assessment covers this placement (DC-15)
 * @param freeSemiStationaryPlace a semi-stationary place is free (DC-08)
 * @param programmeType          the AMI programme's type, null when no programme was found
 * @param entryPhaseDoneBefore   the person had a pass(t)genau entry phase booked earlier (PG-02)
 */
public record PlacementCandidate(PlacementType type, LocalDate startDate, Integer pensumPercent,
                                 List<String> workAreas, Circumstances circumstances, int ageAtStart,
                                 boolean assessed, boolean freeSemiStationaryPlace, ProgrammeType programmeType,
                                 PasstGenauTargetGroup targetGroup, List<ModuleBooking> modules,
                                 boolean entryPhaseDoneBefore) {

    public PlacementCandidate {
        workAreas = workAreas == null ? List.of() : List.copyOf(workAreas);
        modules = modules == null ? List.of() : List.copyOf(modules);
    }
}
