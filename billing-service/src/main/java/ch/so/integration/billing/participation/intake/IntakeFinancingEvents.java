package ch.so.integration.billing.participation.intake;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import ch.so.integration.billing.participation.EventMapping;
import ch.so.integration.billing.participation.ParticipationService;
import ch.so.integration.billing.payer.DebtorKind;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.platform.events.EventHandler;
import ch.so.integration.platform.events.UnprocessableEventException;

/**
 * Intake's financing-instrument events (DC-14, AM-05, AM-06, PG-05), read with billing's own view: requested,
 * granted, refused and superseded instruments per placement. Other types are passed by.
 */
@ApplicationScoped
public class IntakeFinancingEvents implements EventHandler {

    public static final String TOPIC = "intake.financing-instrument";
    public static final String REQUESTED_V1 = "ch.so.integration.intake.financing-instrument-requested.v1";
    public static final String GRANTED_V1 = "ch.so.integration.intake.financing-instrument-granted.v1";
    public static final String REFUSED_V1 = "ch.so.integration.intake.financing-instrument-refused.v1";
    public static final String SUPERSEDED_V1 = "ch.so.integration.intake.financing-instrument-superseded.v1";

    private static final Logger LOG = Logger.getLogger(IntakeFinancingEvents.class);

    public record RequestedV1(UUID instrumentId, UUID placementId, UUID personId, String instrument, String debtor,
                              String debtorName, LocalDate neededFrom) {
    }

    public record GrantedV1(UUID instrumentId, UUID placementId, UUID personId, String instrument, String debtor,
                            String debtorName, String number, String issuer, LocalDate validFrom, LocalDate validTo,
                            BigDecimal amountLimit) {
    }

    public record RefusedV1(UUID instrumentId, UUID placementId, UUID personId, String instrument) {
    }

    public record SupersededV1(UUID instrumentId, UUID placementId, UUID personId, String instrument,
                               LocalDate effectiveDate, UUID supersededBy) {
    }

    private final ParticipationService participations;

    IntakeFinancingEvents(ParticipationService participations) {
        this.participations = participations;
    }

    @Override
    public String name() {
        return "intake-financing-instruments";
    }

    @Override
    public Set<String> topics() {
        return Set.of(TOPIC);
    }

    @Override
    public void handle(EventEnvelope event) {
        switch (event.type()) {
            case REQUESTED_V1 -> {
                RequestedV1 e = event.dataAs(RequestedV1.class);
                ids(event, e.instrumentId(), e.placementId(), e.personId());
                participations.instrumentRequested(e.instrumentId(), e.placementId(), e.personId(),
                        kind(e.instrument()), debtor(e.debtor()), e.debtorName(), e.neededFrom());
            }
            case GRANTED_V1 -> {
                GrantedV1 e = event.dataAs(GrantedV1.class);
                ids(event, e.instrumentId(), e.placementId(), e.personId());
                require(e.number() != null && !e.number().isBlank() && e.validFrom() != null,
                        "FinancingInstrumentGranted lacks the number or the first valid day");
                require(e.validTo() == null || !e.validTo().isBefore(e.validFrom()),
                        "FinancingInstrumentGranted's validity ends before it starts");
                participations.instrumentGranted(e.instrumentId(), e.placementId(), e.personId(), kind(e.instrument()),
                        e.debtor() == null ? null : debtor(e.debtor()), e.debtorName(), e.number(), e.issuer(),
                        e.validFrom(), e.validTo(), e.amountLimit());
            }
            case REFUSED_V1 -> {
                RefusedV1 e = event.dataAs(RefusedV1.class);
                ids(event, e.instrumentId(), e.placementId(), e.personId());
                participations.instrumentRefused(e.instrumentId(), e.placementId(), e.personId(), kind(e.instrument()));
            }
            case SUPERSEDED_V1 -> {
                SupersededV1 e = event.dataAs(SupersededV1.class);
                ids(event, e.instrumentId(), e.placementId(), e.personId());
                require(e.effectiveDate() != null, "FinancingInstrumentSuperseded lacks the effective date");
                participations.instrumentSuperseded(e.instrumentId(), e.placementId(), e.personId(),
                        kind(e.instrument()), e.effectiveDate(), e.supersededBy());
            }
            default -> LOG.debugf("Passing by %s", event.type());
        }
    }

    private static InstrumentKind kind(String intake) {
        return EventMapping.instrumentKind(intake).orElseThrow(
                () -> new UnprocessableEventException("unknown financing instrument kind"));
    }

    private static DebtorKind debtor(String intake) {
        return EventMapping.debtorKind(intake).orElseThrow(() -> new UnprocessableEventException("unknown debtor"));
    }

    private static void ids(EventEnvelope event, UUID instrumentId, UUID placementId, UUID personId) {
        require(instrumentId != null && placementId != null && personId != null,
                "financing-instrument event lacks the instrument, placement or person id");
        require(instrumentId.toString().equals(event.subject()), "subject does not match the instrument id");
    }

    private static void require(boolean condition, String reason) {
        if (!condition) {
            throw new UnprocessableEventException(reason);
        }
    }
}
