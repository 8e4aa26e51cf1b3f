package ch.so.integration.billing.creditor;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.billing.creditor.api.CreditorRequest;
import ch.so.integration.billing.creditor.api.CreditorView;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * Registers and changes creditors. They are organisations, not persons, but writes are audited all the same (who
 * changed the account money goes to).
 */
@ApplicationScoped
public class CreditorService {

    static final String RESOURCE = "creditor";

    private final Creditors creditors;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final Clock clock;

    CreditorService(Creditors creditors, Idempotency idempotency, AuditLog audit, Clock clock) {
        this.creditors = creditors;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<CreditorView> register(CreditorRequest request, String idempotencyKey) {
        return idempotency.once("billing.register-creditor", idempotencyKey, request, CreditorView.class, () -> {
            Creditor.Terms terms = checked(request);
            refuseDuplicates(request, null);
            Creditor creditor = Creditor.register(request.kind(), terms, clock);
            creditors.add(creditor);
            audit.record(AuditAction.CREATE, RESOURCE, creditor.id(), creditor.id());
            return new Idempotency.Result<>(creditor.id().toString(), CreditorView.of(creditor), false);
        }, replay -> { });
    }

    /** New terms; the kind stays. */
    @Transactional
    public CreditorView change(UUID id, CreditorRequest request) {
        Creditor creditor = find(id);
        Creditor.Terms terms = checked(request);
        if (request.kind() != creditor.kind()) {
            throw ProblemException.invalidField("kind", "cannot change (is " + creditor.kind()
                    + "); register a new creditor instead");
        }
        refuseDuplicates(request, id);
        creditor.change(terms, clock);
        audit.record(AuditAction.UPDATE, RESOURCE, id, id);
        return CreditorView.of(creditor);
    }

    @Transactional
    public CreditorView get(UUID id) {
        return CreditorView.of(find(id));
    }

    @Transactional
    public Page<CreditorView> page(CreditorKind kind, PageQuery page) {
        return creditors.page(kind, page).map(CreditorView::of);
    }

    private Creditor find(UUID id) {
        return creditors.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }

    private static Creditor.Terms checked(CreditorRequest request) {
        List<FieldError> errors = CreditorRules.problems(request);
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        return new Creditor.Terms(request.intakeProviderId(), request.passtGenauProvider(),
                request.institutionId(), request.name(),
                request.address().street(), request.address().houseNumber(), request.address().postalCode(),
                request.address().town(), request.address().country(), Iban.parse(request.iban()));
    }

    /** One creditor per intake provider and per pass(t)genau provider; exactly one day center. {@code self} is the creditor being changed. */
    private void refuseDuplicates(CreditorRequest request, UUID self) {
        if (request.intakeProviderId() != null) {
            creditors.byIntakeProvider(request.intakeProviderId()).filter(c -> !c.id().equals(self))
                    .ifPresent(existing -> {
                        throw new ProblemException(Problem.of(ProblemType.DUPLICATE,
                                        "A creditor for this intake provider is already registered.")
                                .withErrors(List.of(new FieldError("intakeProviderId", "is already registered")))
                                .with("existingId", existing.id()));
                    });
        }
        if (request.passtGenauProvider() != null) {
            creditors.byPasstGenauProvider(request.passtGenauProvider()).filter(c -> !c.id().equals(self))
                    .ifPresent(existing -> {
                        throw new ProblemException(Problem.of(ProblemType.DUPLICATE,
                                        "A creditor for this pass(t)genau provider is already registered.")
                                .withErrors(List.of(new FieldError("passtGenauProvider", "is already registered")))
                                .with("existingId", existing.id()));
                    });
        }
        if (request.kind() == CreditorKind.DAY_CENTER) {
            creditors.dayCenter().filter(c -> !c.id().equals(self)).ifPresent(existing -> {
                throw new ProblemException(Problem.of(ProblemType.DUPLICATE,
                                "The day center's creditor is already registered; there is exactly one.")
                        .withErrors(List.of(new FieldError("kind", "DAY_CENTER is already registered")))
                        .with("existingId", existing.id()));
            });
        }
    }
}
