package ch.so.integration.intake.placement;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * A placement was registered (pending until financing and agreement are in place). The day center needs to know
 * whom to expect (names, no AHV number, no other personal data), from when, with which Pensum and in which areas;
 * billing needs the Pensum basis (DC-07).
 *
 * @param pensumPercent             null for placements without a Pensum (pass(t)genau)
 * @param billingBasisPensumPercent the Pensum the monthly flat rate is based on (day-center places only)
 * @param programmeId               the AMI programme, null for other placements
 * @param modules                   the booked pass(t)genau modules (empty for other placements)
 */
@EventType(aggregate = "placement", name = "placement-created", version = 1)
public record PlacementCreated(UUID placementId, UUID personId, PlacementType type, LocalDate startDate,
                               Integer pensumPercent, Integer billingBasisPensumPercent, List<String> workAreas,
                               UUID programmeId, List<PlannedModule> modules, Participant participant)
        implements DomainEvent {

    /** PG-02, PG-05: a booked pass(t)genau module and the professional service hours billing may record for it. */
    public record PlannedModule(PasstGenauModule module, LocalDate plannedStart, LocalDate plannedEnd,
                                int plannedHours, Integer hourLimit) {
    }

    /** Who the participant is, as far as the receiving team needs to greet them. */
    public record Participant(String officialName, String firstName) {
    }

    @Override
    public String aggregateId() {
        return placementId.toString();
    }
}
