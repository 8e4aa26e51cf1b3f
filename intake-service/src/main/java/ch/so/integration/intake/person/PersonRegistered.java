package ch.so.integration.intake.person;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * A person was registered. Other services learn the id by which they refer to the person, and as much identity as
 * they need to show whom a case is about: names, date of birth and canton of residence. Never the AHV number, the
 * address, benefits or finances.
 */
@EventType(aggregate = "person", name = "person-registered", version = 1)
public record PersonRegistered(UUID personId, String officialName, String firstName, LocalDate dateOfBirth,
                               String canton) implements DomainEvent {

    @Override
    public String aggregateId() {
        return personId.toString();
    }
}
