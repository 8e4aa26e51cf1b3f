package ch.so.integration.segmentation.person;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;

/** Learns the persons intake registers; a repeated registration is a no-op. */
@ApplicationScoped
public class KnownPersonService {

    static final String RESOURCE = "person";

    private final KnownPersons persons;
    private final AuditLog audit;
    private final Clock clock;

    KnownPersonService(KnownPersons persons, AuditLog audit, Clock clock) {
        this.persons = persons;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public void learn(UUID personId, OffsetDateTime registeredAt) {
        if (persons.known(personId)) {
            return;
        }
        persons.add(new KnownPerson(personId, registeredAt, OffsetDateTime.now(clock)));
        audit.record(AuditAction.RECEIVE, RESOURCE, personId, personId);
    }
}
