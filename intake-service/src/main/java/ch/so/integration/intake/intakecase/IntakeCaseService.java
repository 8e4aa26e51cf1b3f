package ch.so.integration.intake.intakecase;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.intakecase.api.IntakeCaseView;
import ch.so.integration.intake.intakecase.api.OpenIntakeCaseRequest;
import ch.so.integration.intake.intakecase.api.RecordStepRequest;
import ch.so.integration.intake.intakecase.api.WithdrawIntakeCaseRequest;
import ch.so.integration.intake.person.Persons;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * Opens intake cases and records their steps (DC-10, DC-11). A change, its audit record and its events commit
 * together or not at all; every read is audited for the person.
 */
@ApplicationScoped
public class IntakeCaseService {

    static final String RESOURCE = "intake-case";

    private final IntakeCases cases;
    private final Persons persons;
    private final Outbox outbox;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    IntakeCaseService(IntakeCases cases, Persons persons, Outbox outbox, AuditLog audit, Idempotency idempotency,
                      Clock clock) {
        this.cases = cases;
        this.persons = persons;
        this.outbox = outbox;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    /** A person has at most one open intake case: a second one is refused with the open case's id. */
    @Transactional
    public Idempotency.Result<IntakeCaseView> open(OpenIntakeCaseRequest request, String idempotencyKey) {
        return idempotency.once("intake.open-intake-case", idempotencyKey, request, IntakeCaseView.class, () -> {
            UUID personId = request.personId();
            if (persons.byId(personId).isEmpty()) {
                throw ProblemException.invalidField("personId", "no person with this id is registered");
            }
            cases.openFor(personId).ifPresent(existing -> {
                throw new ProblemException(Problem.of(ProblemType.DUPLICATE,
                                "This person already has an open intake case.")
                        .with("existingId", existing.id()));
            });
            IntakeCase intakeCase = IntakeCase.open(personId, request.openedBy(), clock);
            cases.add(intakeCase);
            outbox.publishAll(intakeCase.releaseEvents());
            audit.record(AuditAction.CREATE, RESOURCE, intakeCase.id(), personId);
            return new Idempotency.Result<>(intakeCase.id().toString(), IntakeCaseView.of(intakeCase), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    /** DC-11: the next step, in order; the last one completes the case and publishes IntakeCaseCompleted. */
    @Transactional
    public Idempotency.Result<IntakeCaseView> recordStep(UUID id, RecordStepRequest request, String idempotencyKey) {
        return idempotency.once("intake.record-intake-step", idempotencyKey, List.of(id, request),
                IntakeCaseView.class, () -> {
                    IntakeCase intakeCase = find(id);
                    intakeCase.recordStep(request.step(), request.date(), request.responsible(), request.note(),
                            clock);
                    return written(intakeCase);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    @Transactional
    public Idempotency.Result<IntakeCaseView> withdraw(UUID id, WithdrawIntakeCaseRequest request,
                                                       String idempotencyKey) {
        return idempotency.once("intake.withdraw-intake-case", idempotencyKey, List.of(id, request),
                IntakeCaseView.class, () -> {
                    IntakeCase intakeCase = find(id);
                    intakeCase.withdraw(request.date(), request.responsible(), clock);
                    return written(intakeCase);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    @Transactional
    public IntakeCaseView get(UUID id) {
        IntakeCase intakeCase = find(id);
        audit.record(AuditAction.READ, RESOURCE, id, intakeCase.personId());
        return IntakeCaseView.of(intakeCase);
    }

    @Transactional
    public Page<IntakeCaseView> ofPerson(UUID personId, PageQuery page) {
        if (persons.byId(personId).isEmpty()) {
            throw ProblemException.notFound("person", personId);
        }
        Page<IntakeCase> found = cases.ofPerson(personId, page);
        for (IntakeCase intakeCase : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, intakeCase.id(), personId);
        }
        return found.map(IntakeCaseView::of);
    }

    private IntakeCase find(UUID id) {
        return cases.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    private Idempotency.Result<IntakeCaseView> written(IntakeCase intakeCase) {
        outbox.publishAll(intakeCase.releaseEvents());
        audit.record(AuditAction.UPDATE, RESOURCE, intakeCase.id(), intakeCase.personId());
        return new Idempotency.Result<>(intakeCase.id().toString(), IntakeCaseView.of(intakeCase), false);
    }
}
