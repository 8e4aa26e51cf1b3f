package ch.so.integration.intake.placement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

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
 * @param programme                 AM-01, AM-07: the AMI programme's provider, type and tariffs at placement
 *                                  (the agreement fixes the tariff for the placement); null for other placements
 * @param passtGenauProvider        PG-05: the cooperating provider the agreement is made with; null for other
 *                                  placements
 */
@EventType(aggregate = "placement", name = "placement-created", version = 1)
public record PlacementCreated(UUID placementId, UUID personId, PlacementType type, LocalDate startDate,
                               Integer pensumPercent, Integer billingBasisPensumPercent, List<String> workAreas,
                               UUID programmeId, List<PlannedModule> modules, Participant participant,
                               ProgrammeTerms programme, PasstGenauProvider passtGenauProvider)
        implements DomainEvent {

    /** The v1 shape before billing's fields (programme, passtGenauProvider) were added: both null. */
    public PlacementCreated(UUID placementId, UUID personId, PlacementType type, LocalDate startDate,
                            Integer pensumPercent, Integer billingBasisPensumPercent, List<String> workAreas,
                            UUID programmeId, List<PlannedModule> modules, Participant participant) {
        this(placementId, personId, type, startDate, pensumPercent, billingBasisPensumPercent, workAreas, programmeId,
                modules, participant, null, null);
    }

    /**
     * AM-01, AM-07: what billing needs of an AMI programme: the provider (intake's provider id, which billing maps
     * to its creditor), the programme type and the provider's tariffs in CHF as decimal strings ("80.00"), null in a
     * unit the programme is not billed in. The tariffs are those at placement: the agreement fixes them.
     */
    public record ProgrammeTerms(UUID providerId, String providerName, String programmeType,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tariffPerDay,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tariffPerCoachingHour,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tariffPerHourWorked) {
    }

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
