package ch.so.integration.billing.participation;

import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * {@link ParticipationDirectory} for the record package: whose participation it is (kind, creditor resolved now,
 * entry and exit) and the booked pass(t)genau modules with their PG-02 limits. No personal data leaves here.
 */
@ApplicationScoped
public class Directory implements ParticipationDirectory {

    private final Participations participations;
    private final CreditorResolver creditors;

    Directory(Participations participations, CreditorResolver creditors) {
        this.participations = participations;
        this.creditors = creditors;
    }

    @Override
    @Transactional
    public Optional<Summary> find(UUID participationId) {
        return participations.byId(participationId).map(p -> new Summary(p.id(), p.kind().name(),
                creditors.lookup().idOf(p).orElse(null), p.entryDate(), p.exitDate(),
                p.modules().stream().map(m -> new ModuleLimit(m.module(), m.plannedStart(), m.plannedEnd(),
                        m.hourLimit(), PasstGenauModules.monthlyHourLimit(m.module()))).toList()));
    }
}
