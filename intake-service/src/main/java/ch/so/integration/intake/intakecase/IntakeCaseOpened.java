package ch.so.integration.intake.intakecase;

import java.time.LocalDate;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** An intake case was opened (DC-10, DC-11). Ids, units and dates only: no names, no AHV number. */
@EventType(aggregate = "intake-case", name = "intake-case-opened", version = 1)
public record IntakeCaseOpened(UUID intakeCaseId, UUID personId, IntakeUnit openedBy, IntakeUnit coordinatingUnit,
                               LocalDate openedOn) implements DomainEvent {

    @Override
    public String aggregateId() {
        return intakeCaseId.toString();
    }
}
