package ch.so.integration.intake.intakecase;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * The last intake step (case-management opening) was recorded (DC-11). Carries each step's date, not who was
 * responsible, and no personal data of the client beyond the person id.
 */
@EventType(aggregate = "intake-case", name = "intake-case-completed", version = 1)
public record IntakeCaseCompleted(UUID intakeCaseId, UUID personId, IntakeUnit openedBy, IntakeUnit coordinatingUnit,
                                  LocalDate openedOn, LocalDate completedOn, List<StepDate> steps)
        implements DomainEvent {

    /** When a step happened. */
    public record StepDate(IntakeStep step, LocalDate date) {
    }

    public IntakeCaseCompleted {
        steps = List.copyOf(steps);
    }

    @Override
    public String aggregateId() {
        return intakeCaseId.toString();
    }
}
