package ch.so.integration.billing.participation;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.billing.creditor.CreditorAccount;
import ch.so.integration.billing.record.MonthRecords;
import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.record.ServiceRecords;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;

/**
 * {@link BillableMonths} for the monthly run: a creditor's participations that ran in the month, each assembled by
 * {@link MonthAssembler} from billing's view and the provider's records. The creditor is resolved now, so a
 * participation whose creditor was registered after it bills. Each participation read is audited.
 */
@ApplicationScoped
public class ParticipationMonths implements BillableMonths {

    private final Participations participations;
    private final CreditorResolver creditors;
    private final ServiceRecords records;
    private final AuditLog audit;

    ParticipationMonths(Participations participations, CreditorResolver creditors, ServiceRecords records,
                        AuditLog audit) {
        this.participations = participations;
        this.creditors = creditors;
        this.records = records;
        this.audit = audit;
    }

    @Override
    @Transactional
    public List<BillableMonth> of(UUID creditorId, YearMonth month) {
        Optional<CreditorAccount> creditor = creditors.byId(creditorId);
        if (creditor.isEmpty()) {
            return List.of();
        }
        CreditorResolver.Lookup lookup = creditors.lookup();
        List<Participation> billed = participations
                .runningIn(CreditorResolver.kindBilledBy(creditor.get().kind()), month).stream()
                .filter(p -> lookup.idOf(p).map(creditorId::equals).orElse(false))
                .toList();
        List<UUID> ids = billed.stream().map(Participation::id).toList();
        Map<UUID, List<Instrument>> instruments = participations.instrumentsOf(ids);
        Map<UUID, DayCenterMonth> closed = participations.dayCenterMonths(ids, month);
        List<UUID> withRecords = billed.stream().filter(p -> p.kind() != ParticipationKind.DAY_CENTER)
                .map(Participation::id).toList();
        Map<UUID, MonthRecords> recorded = records.of(withRecords, month);
        Map<UUID, AbortEvent> aborts = records.abortsBefore(withRecords, month);
        List<BillableMonth> months = new ArrayList<>();
        for (Participation p : billed) {
            assemble(p, creditorId, month, instruments.getOrDefault(p.id(), List.of()), closed.get(p.id()),
                    recorded.get(p.id()), aborts.get(p.id())).ifPresent(months::add);
        }
        return months;
    }

    @Override
    @Transactional
    public Optional<BillableMonth> of(UUID creditorId, UUID participationId, YearMonth month) {
        Optional<Participation> found = participations.byId(participationId)
                .filter(p -> creditors.lookup().idOf(p).map(creditorId::equals).orElse(false));
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Participation p = found.get();
        boolean withRecords = p.kind() != ParticipationKind.DAY_CENTER;
        return assemble(p, creditorId, month, participations.instrumentsOf(p.id()),
                participations.dayCenterMonth(p.id(), month).orElse(null),
                withRecords ? records.of(p.id(), month) : null,
                withRecords ? records.abortsBefore(List.of(p.id()), month).get(p.id()) : null);
    }

    @Override
    @Transactional
    public OptionalInt dayCenterRevision(UUID participationId, YearMonth month) {
        return participations.dayCenterMonth(participationId, month)
                .map(m -> OptionalInt.of(m.revision())).orElse(OptionalInt.empty());
    }

    private Optional<BillableMonth> assemble(Participation p, UUID creditorId, YearMonth month,
                                             List<Instrument> instruments, DayCenterMonth closed,
                                             MonthRecords recorded, AbortEvent earlierAbort) {
        if (p.periodIn(month).isEmpty()) {
            return Optional.empty();
        }
        audit.record(AuditAction.READ, ParticipationService.RESOURCE, p.id(), p.personId());
        return MonthAssembler.assemble(p, creditorId, month, instruments, closed, recorded, earlierAbort);
    }
}
