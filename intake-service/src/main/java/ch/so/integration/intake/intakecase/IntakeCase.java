package ch.so.integration.intake.intakecase;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * A person's intake (DC-10, DC-11): opened by one of the three intake units, coordinated by Intake Work, walked
 * through the five steps of {@link IntakeStep} strictly in order. Recording the case-management opening completes
 * it. Guarded state changes register events; the service hands them to the outbox in the same transaction.
 */
@Entity
@Table(name = "intake_case")
public class IntakeCase {

    /** DC-11 */
    public static final String ORDER_RULE = "DC-11";
    /** DC-10: Intake Work is responsible for every entry, whoever opened the case. */
    public static final IntakeUnit COORDINATING_UNIT = IntakeUnit.INTAKE_WORK;
    public static final int MAX_RESPONSIBLE_LENGTH = 100;
    public static final int MAX_NOTE_LENGTH = 500;

    private static final String ORDER = Arrays.stream(IntakeStep.values()).map(Enum::name)
            .collect(Collectors.joining(", "));

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(name = "opened_by", nullable = false, length = 40)
    private IntakeUnit openedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "coordinating_unit", nullable = false, length = 40)
    private IntakeUnit coordinatingUnit;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private IntakeCaseStatus status;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    /** The day the case was completed or withdrawn; null while open. */
    @Column(name = "closed_on")
    private LocalDate closedOn;

    /** Who withdrew the case (staff); null unless withdrawn. */
    @Column(name = "withdrawn_by", length = MAX_RESPONSIBLE_LENGTH)
    private String withdrawnBy;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @ElementCollection
    @CollectionTable(name = "intake_case_step", joinColumns = @JoinColumn(name = "intake_case_id"))
    @OrderColumn(name = "position")
    private List<RecordedStep> steps = new ArrayList<>();

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected IntakeCase() {
    }

    /** DC-10: any intake unit may open a case; Intake Work coordinates every one. */
    public static IntakeCase open(UUID personId, IntakeUnit openedBy, Clock clock) {
        IntakeCase intakeCase = new IntakeCase();
        intakeCase.id = UUID.randomUUID();
        intakeCase.personId = personId;
        intakeCase.openedBy = openedBy;
        intakeCase.coordinatingUnit = COORDINATING_UNIT;
        intakeCase.status = IntakeCaseStatus.OPEN;
        intakeCase.openedOn = LocalDate.now(clock);
        intakeCase.createdAt = OffsetDateTime.now(clock);
        intakeCase.events.add(new IntakeCaseOpened(intakeCase.id, personId, openedBy, intakeCase.coordinatingUnit,
                intakeCase.openedOn));
        return intakeCase;
    }

    /**
     * DC-11: records the next step. Refused with a DC-11 rule problem when the case is no longer open, when the step
     * is not the next one (out of order or repeated; the problem names {@code expectedStep}), or when its date lies
     * before the previous step's date. A date in the future is an invalid field.
     *
     * @param responsible the staff member's name or short id
     * @param note        optional
     */
    public void recordStep(IntakeStep step, LocalDate date, String responsible, String note, Clock clock) {
        requireOpen("No further step can be recorded.");
        IntakeStep expected = nextStep().orElseThrow();
        if (step != expected) {
            String detail = alreadyRecorded(step)
                    .map(done -> "DC-11: " + step + " is already recorded (on " + done.date() + "). ")
                    .orElse("DC-11: intake steps are recorded in order (" + ORDER + "). ")
                    + "The next step of this case is " + expected + ".";
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, detail).withRule(ORDER_RULE)
                    .with("expectedStep", expected.name()).with("requestedStep", step.name()));
        }
        requireDate(date, clock);
        String staff = requireResponsible(responsible);
        steps.add(new RecordedStep(step, date, staff, normaliseNote(note), OffsetDateTime.now(clock)));
        if (step.isLast()) {
            status = IntakeCaseStatus.COMPLETED;
            closedOn = date;
            events.add(new IntakeCaseCompleted(id, personId, openedBy, coordinatingUnit, openedOn, date, stepDates()));
        }
    }

    /** Stops an open intake. The date follows the same rules as a step's date. */
    public void withdraw(LocalDate date, String responsible, Clock clock) {
        requireOpen("It cannot be withdrawn.");
        requireDate(date, clock);
        withdrawnBy = requireResponsible(responsible);
        status = IntakeCaseStatus.WITHDRAWN;
        closedOn = date;
        events.add(new IntakeCaseWithdrawn(id, personId, openedBy, coordinatingUnit, openedOn, date, stepDates()));
    }

    /** The step to record next; empty once the case is no longer open. */
    public Optional<IntakeStep> nextStep() {
        if (status != IntakeCaseStatus.OPEN) {
            return Optional.empty();
        }
        return steps.isEmpty() ? Optional.of(IntakeStep.first()) : steps.getLast().step().next();
    }

    private void requireOpen(String consequence) {
        if (status != IntakeCaseStatus.OPEN) {
            String state = status == IntakeCaseStatus.COMPLETED
                    ? "is completed (the case-management opening is recorded)" : "was withdrawn";
            throw ProblemException.rule(ORDER_RULE, "DC-11: this intake case " + state + ". " + consequence);
        }
    }

    private void requireDate(LocalDate date, Clock clock) {
        if (date == null) {
            throw ProblemException.invalidField("date", "is required");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "must not lie in the future");
        }
        if (!steps.isEmpty() && date.isBefore(steps.getLast().date())) {
            RecordedStep previous = steps.getLast();
            String message = "must not lie before the previous step's date (" + previous.step() + " on "
                    + previous.date() + ")";
            throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                            "DC-11: intake steps happen in order, so their dates do too.")
                    .withRule(ORDER_RULE).withErrors(List.of(new FieldError("date", message))));
        }
    }

    private static String requireResponsible(String responsible) {
        if (responsible == null || responsible.isBlank()) {
            throw ProblemException.invalidField("responsible", "is required");
        }
        String staff = responsible.strip();
        if (staff.length() > MAX_RESPONSIBLE_LENGTH) {
            throw ProblemException.invalidField("responsible",
                    "must be at most " + MAX_RESPONSIBLE_LENGTH + " characters");
        }
        return staff;
    }

    private static String normaliseNote(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String text = note.strip();
        if (text.length() > MAX_NOTE_LENGTH) {
            throw ProblemException.invalidField("note", "must be at most " + MAX_NOTE_LENGTH + " characters");
        }
        return text;
    }

    private Optional<RecordedStep> alreadyRecorded(IntakeStep step) {
        return steps.stream().filter(s -> s.step() == step).findFirst();
    }

    private List<IntakeCaseCompleted.StepDate> stepDates() {
        return steps.stream().map(s -> new IntakeCaseCompleted.StepDate(s.step(), s.date())).toList();
    }

    /** The events registered since load, handed out once. */
    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public IntakeUnit openedBy() {
        return openedBy;
    }

    /** DC-10: always Intake Work. */
    public IntakeUnit coordinatingUnit() {
        return coordinatingUnit;
    }

    public IntakeCaseStatus status() {
        return status;
    }

    public LocalDate openedOn() {
        return openedOn;
    }

    public Optional<LocalDate> completedOn() {
        return status == IntakeCaseStatus.COMPLETED ? Optional.of(closedOn) : Optional.empty();
    }

    public Optional<LocalDate> withdrawnOn() {
        return status == IntakeCaseStatus.WITHDRAWN ? Optional.of(closedOn) : Optional.empty();
    }

    public Optional<String> withdrawnBy() {
        return Optional.ofNullable(withdrawnBy);
    }

    /** The recorded steps, in order. */
    public List<RecordedStep> steps() {
        return List.copyOf(steps);
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
