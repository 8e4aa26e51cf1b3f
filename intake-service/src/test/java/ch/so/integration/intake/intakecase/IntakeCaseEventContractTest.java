package ch.so.integration.intake.intakecase;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.intake.intakecase.IntakeCaseCompleted.StepDate;
import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventEnvelope;
import ch.so.integration.testing.AsyncApiContract;

/** The intake-case events' JSON shapes are pinned: golden file plus the payload schema of asyncapi.yaml. */
class IntakeCaseEventContractTest {

    static final UUID EVENT_ID = UUID.fromString("0b0b5a2e-1d49-4a8f-9d0c-6f1b2f3a4c5d");
    static final UUID INTAKE_CASE = UUID.fromString("5d4c3b2a-1f0e-4d9c-8b7a-6f5e4d3c2b1a");
    static final UUID PERSON = UUID.fromString("3c2b1a09-8f7e-4d6c-5b4a-392817161514");
    static final LocalDate OPENED = LocalDate.of(2026, 11, 2);

    private static void assertPinned(DomainEvent event, String golden) throws Exception {
        EventEnvelope envelope = EventEnvelope.wrap("intake", event, EVENT_ID,
                OffsetDateTime.parse("2026-11-22T11:00:00+01:00"), "req-1234-abcd");
        AsyncApiContract contract = AsyncApiContract.load(Path.of("asyncapi.yaml"));
        contract.assertPinned(envelope.type(), envelope.toJson(), Path.of("src/test/resources/events/" + golden));
        assertThat(contract.topicOf(envelope.type())).isEqualTo("intake.intake-case");
        assertThat(envelope.subject()).isEqualTo(INTAKE_CASE.toString());
    }

    @Test
    @DisplayName("DC-10 IntakeCaseOpened v1 has the pinned shape and matches asyncapi.yaml")
    void opened() throws Exception {
        assertPinned(new IntakeCaseOpened(INTAKE_CASE, PERSON, IntakeUnit.INTAKE_HOUSING, IntakeUnit.INTAKE_WORK, OPENED),
                "intake-case-opened.v1.json");
    }

    @Test
    @DisplayName("DC-11 IntakeCaseCompleted v1 has the pinned shape and matches asyncapi.yaml")
    void completed() throws Exception {
        assertPinned(new IntakeCaseCompleted(INTAKE_CASE, PERSON, IntakeUnit.INTAKE_HOUSING, IntakeUnit.INTAKE_WORK,
                OPENED, LocalDate.of(2026, 11, 20), List.of(
                        new StepDate(IntakeStep.REQUEST, LocalDate.of(2026, 11, 2)),
                        new StepDate(IntakeStep.FIRST_INTERVIEW, LocalDate.of(2026, 11, 9)),
                        new StepDate(IntakeStep.ENTRY_ADMINISTRATION, LocalDate.of(2026, 11, 12)),
                        new StepDate(IntakeStep.FINANCING_CLARIFICATION, LocalDate.of(2026, 11, 16)),
                        new StepDate(IntakeStep.CASE_MANAGEMENT_OPENING, LocalDate.of(2026, 11, 20)))),
                "intake-case-completed.v1.json");
    }

    @Test
    @DisplayName("IntakeCaseWithdrawn v1 has the pinned shape and matches asyncapi.yaml")
    void withdrawn() throws Exception {
        assertPinned(new IntakeCaseWithdrawn(INTAKE_CASE, PERSON, IntakeUnit.INTAKE_WORK, IntakeUnit.INTAKE_WORK,
                OPENED, LocalDate.of(2026, 11, 10), List.of(
                        new StepDate(IntakeStep.REQUEST, LocalDate.of(2026, 11, 2)),
                        new StepDate(IntakeStep.FIRST_INTERVIEW, LocalDate.of(2026, 11, 9)))),
                "intake-case-withdrawn.v1.json");
    }
}
