package ch.so.integration.intake.intakecase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/** An open intake case was stopped before it completed. The steps done so far, with their dates; no names. */
@EventType(aggregate = "intake-case", name = "intake-case-withdrawn", version = 1)
public record IntakeCaseWithdrawn(UUID intakeCaseId, UUID personId, IntakeUnit openedBy, IntakeUnit coordinatingUnit,
                                  LocalDate openedOn, LocalDate withdrawnOn, List<IntakeCaseCompleted.StepDate> steps)
        implements DomainEvent {

    public IntakeCaseWithdrawn {
        steps = List.copyOf(steps);
    }

    @Override
    public String aggregateId() {
        return intakeCaseId.toString();
    }
}
