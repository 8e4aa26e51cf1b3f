package ch.so.integration.iiz.iizcase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** A person was registered in the iiz network (IZ-02 path 1a, IZ-03 path 1b). Ids, institutions and dates only. */
@EventType(aggregate = "case", name = "iiz-case-registered", version = 1)
public record IizCaseRegistered(UUID caseId, UUID personId, RegistrationPath registrationPath,
                                String registeringInstitution, String socialOffice, LocalDate registeredOn)
        implements DomainEvent {

    static IizCaseRegistered of(IizCase c) {
        return new IizCaseRegistered(c.id(), c.personId(), c.registrationPath(), c.registeringInstitution(),
                c.socialOffice(), c.registeredOn());
    }

    @Override
    public String aggregateId() {
        return caseId.toString();
    }
}
