package ch.so.integration.intake.financing;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.financing.api.GrantRequest;
import ch.so.integration.intake.financing.api.InstrumentView;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.web.ProblemException;

/** Records the financing bodies' decisions on requested instruments (DC-14); each decision is published. */
@ApplicationScoped
public class FinancingService {

    static final String RESOURCE = "financing-instrument";

    private final FinancingInstruments instruments;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Clock clock;

    FinancingService(FinancingInstruments instruments, Outbox outbox, AuditLog audit, Clock clock) {
        this.instruments = instruments;
        this.outbox = outbox;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public InstrumentView grant(UUID id, GrantRequest grant) {
        FinancingInstrument instrument = find(id);
        instrument.grant(grant.number(), grant.issuer(), grant.validFrom(), grant.validTo(), grant.amountLimit(), clock);
        outbox.publishAll(instrument.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, id, instrument.personId());
        return InstrumentView.of(instrument);
    }

    @Transactional
    public InstrumentView refuse(UUID id, String reason) {
        FinancingInstrument instrument = find(id);
        instrument.refuse(reason, clock);
        outbox.publishAll(instrument.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, id, instrument.personId());
        return InstrumentView.of(instrument);
    }

    @Transactional
    public InstrumentView get(UUID id) {
        FinancingInstrument instrument = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, instrument.personId());
        return InstrumentView.of(instrument);
    }

    /** A placement's instruments, newest first (a handful per placement, so not paged). */
    @Transactional
    public List<InstrumentView> ofPlacement(UUID placementId) {
        List<FinancingInstrument> found = instruments.ofPlacement(placementId);
        found.forEach(f -> audit.record(AuditAction.READ, RESOURCE, f.id(), f.personId()));
        return found.stream().map(InstrumentView::of).toList();
    }

    private FinancingInstrument find(UUID id) {
        return instruments.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }
}
