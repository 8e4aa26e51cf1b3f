package ch.so.integration.billing.participation.intake;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ch.so.integration.billing.participation.BookedModule;
import ch.so.integration.billing.participation.EventMapping;
import ch.so.integration.billing.participation.Participation;
import ch.so.integration.billing.participation.ParticipationKind;
import ch.so.integration.billing.participation.ParticipationService;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.platform.events.EventHandler;
import ch.so.integration.platform.events.UnprocessableEventException;

/**
 * Intake's placement events, read with billing's own view of them (no code shared with intake): created, activated,
 * changed and ended keep billing's participation. Other types are passed by.
 */
@ApplicationScoped
public class IntakePlacementEvents implements EventHandler {

    public static final String TOPIC = "intake.placement";
    public static final String CREATED_V1 = "ch.so.integration.intake.placement-created.v1";
    public static final String ACTIVATED_V1 = "ch.so.integration.intake.placement-activated.v1";
    public static final String CHANGED_V1 = "ch.so.integration.intake.placement-changed.v1";
    public static final String ENDED_V1 = "ch.so.integration.intake.placement-ended.v1";

    private static final Logger LOG = Logger.getLogger(IntakePlacementEvents.class);

    /** The fields of intake's PlacementCreated v1 that billing uses. */
    public record PlacementCreatedV1(UUID placementId, UUID personId, String type, LocalDate startDate,
                                     Integer pensumPercent, Integer billingBasisPensumPercent, UUID programmeId,
                                     List<PlannedModule> modules, Participant participant, ProgrammeTerms programme,
                                     String passtGenauProvider) {
        public record PlannedModule(String module, LocalDate plannedStart, LocalDate plannedEnd, Integer plannedHours,
                                    Integer hourLimit) {
        }

        public record Participant(String officialName, String firstName) {
        }

        public record ProgrammeTerms(UUID providerId, String providerName, String programmeType,
                                     BigDecimal tariffPerDay, BigDecimal tariffPerCoachingHour,
                                     BigDecimal tariffPerHourWorked) {
        }
    }

    public record PlacementActivatedV1(UUID placementId, String type, LocalDate startDate) {
    }

    public record PlacementChangedV1(UUID placementId, String type, LocalDate effectiveDate, List<String> changes,
                                     Integer pensumPercent, Integer billingBasisPensumPercent) {
    }

    public record PlacementEndedV1(UUID placementId, String type, LocalDate endDate, String reason,
                                   Boolean cancelledBeforeStart) {
    }

    private final ParticipationService participations;
    private final Clock clock;

    IntakePlacementEvents(ParticipationService participations, Clock clock) {
        this.participations = participations;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "intake-placements";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case CREATED_V1 -> participations.open(participation(event, event.dataAs(PlacementCreatedV1.class),
                    OffsetDateTime.now(clock)));
            case ACTIVATED_V1 -> {
                PlacementActivatedV1 activated = event.dataAs(PlacementActivatedV1.class);
                require(activated.placementId() != null, "PlacementActivated lacks the placement id");
                requireSubject(event, activated.placementId());
                participations.activate(activated.placementId(), activated.startDate());
            }
            case CHANGED_V1 -> {
                PlacementChangedV1 changed = event.dataAs(PlacementChangedV1.class);
                require(changed.placementId() != null && changed.effectiveDate() != null,
                        "PlacementChanged lacks the placement id or effective date");
                requireSubject(event, changed.placementId());
                participations.change(changed.placementId(), changed.effectiveDate(), changed.type(),
                        changed.pensumPercent(), changed.billingBasisPensumPercent());
            }
            case ENDED_V1 -> {
                PlacementEndedV1 ended = event.dataAs(PlacementEndedV1.class);
                require(ended.placementId() != null && ended.endDate() != null,
                        "PlacementEnded lacks the placement id or end date");
                requireSubject(event, ended.placementId());
                participations.end(ended.placementId(), ended.endDate(),
                        Boolean.TRUE.equals(ended.cancelledBeforeStart()), ended.reason());
            }
            default -> LOG.debugf("Passing by %s", event.type());
        }
    }

    /**
     * Billing's participation from intake's PlacementCreated (pure; the consumer test and the contract test read
     * intake's pinned files through it).
     *
     * @throws UnprocessableEventException when a field billing needs is missing or unknown
     */
    public static Participation participation(EventEnvelope event, PlacementCreatedV1 created, OffsetDateTime now) {
        require(created.placementId() != null && created.personId() != null && created.startDate() != null
                        && created.participant() != null && notBlank(created.participant().officialName())
                        && notBlank(created.participant().firstName()),
                "PlacementCreated lacks a required field");
        requireSubject(event, created.placementId());
        ParticipationKind kind = ParticipationKind.ofPlacementType(created.type()).orElseThrow(
                () -> new UnprocessableEventException("PlacementCreated has an unknown placement type"));
        Participation.Programme programme = null;
        if (kind == ParticipationKind.AMI_PROGRAMME && created.programme() != null) {
            PlacementCreatedV1.ProgrammeTerms terms = created.programme();
            require(terms.providerId() != null, "PlacementCreated's programme lacks the provider id");
            require(EventMapping.programmeType(terms.programmeType()).isPresent(),
                    "PlacementCreated's programme has an unknown programme type");
            require(nonNegative(terms.tariffPerDay()) && nonNegative(terms.tariffPerCoachingHour())
                    && nonNegative(terms.tariffPerHourWorked()), "PlacementCreated's programme has a negative tariff");
            programme = new Participation.Programme(created.programmeId(), terms.providerId(), terms.providerName(),
                    terms.programmeType(), terms.tariffPerDay(), terms.tariffPerCoachingHour(),
                    terms.tariffPerHourWorked());
        }
        String passtGenauProvider = null;
        if (kind == ParticipationKind.PASST_GENAU && created.passtGenauProvider() != null) {
            require(EventMapping.knownPasstGenauProvider(created.passtGenauProvider()),
                    "PlacementCreated names an unknown pass(t)genau provider");
            passtGenauProvider = created.passtGenauProvider();
        }
        List<BookedModule> modules = created.modules() == null ? List.of() : created.modules().stream()
                .map(m -> {
                    require(m.module() != null && m.plannedStart() != null && m.plannedEnd() != null,
                            "PlacementCreated has a module without its name or planned window");
                    return new BookedModule(m.module(), m.plannedStart(), m.plannedEnd(),
                            m.plannedHours() == null ? 0 : m.plannedHours(), m.hourLimit());
                })
                .toList();
        return Participation.fromPlacement(created.placementId(), created.personId(),
                created.participant().officialName(), created.participant().firstName(), kind, created.type(),
                created.startDate(), created.pensumPercent(), created.billingBasisPensumPercent(), programme,
                passtGenauProvider, modules, now);
    }

    private static boolean nonNegative(BigDecimal amount) {
        return amount == null || amount.signum() >= 0;
    }

    private static boolean notBlank(String text) {
        return text != null && !text.isBlank();
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new UnprocessableEventException(reason);
        }
    }

    private static void requireSubject(EventEnvelope event, UUID placementId) {
        if (!placementId.toString().equals(event.subject())) {
            throw new UnprocessableEventException("subject does not match the placement id");
        }
    }
}
