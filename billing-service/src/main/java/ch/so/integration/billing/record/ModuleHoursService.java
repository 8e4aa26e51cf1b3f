package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.billing.participation.ParticipationDirectory;
import ch.so.integration.billing.record.api.ModuleHoursRequest;
import ch.so.integration.billing.record.api.ModuleHoursView;
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
 * PG-02, PG-05: pass(t)genau professional service hours per module. Writes of one participation are serialised (an
 * advisory lock per participation), so two concurrent entries can never together exceed a module's limit. Every
 * entry counts up the revision of its month. Personal data: reads and writes are audited.
 */
@ApplicationScoped
public class ModuleHoursService {

    static final String RESOURCE = "module-hours";
    static final int MAX_NOTE = 500;

    private final ParticipationAccess access;
    private final ModuleHoursLog log;
    private final RecordedMonths months;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final Clock clock;

    ModuleHoursService(ParticipationAccess access, ModuleHoursLog log, RecordedMonths months, Idempotency idempotency,
                       AuditLog audit, Clock clock) {
        this.access = access;
        this.log = log;
        this.months = months;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<ModuleHoursView> record(UUID participationId, ModuleHoursRequest request,
                                                      String idempotencyKey) {
        ParticipationDirectory.Summary participation = access.require(participationId);
        return idempotency.once("billing.record-module-hours", idempotencyKey, new Keyed(participationId, request),
                ModuleHoursView.class, () -> {
                    checkFields(participation, request);
                    months.lockParticipation(participationId);
                    YearMonth month = YearMonth.from(request.date());
                    BigDecimal moduleTotal = log.sum(participationId, request.module(), null, null);
                    BigDecimal monthTotal = log.sum(participationId, request.module(), month.atDay(1),
                            month.atEndOfMonth());
                    ModuleHourLimits.refusal(participation.modules(), request.module(), request.date(),
                            request.hours(), moduleTotal, monthTotal).ifPresent(refusal -> {
                                throw new ProblemException(Problem.of(ProblemType.RULE_VIOLATION,
                                                "PG-02 refuses these hours: " + refusal.field() + " "
                                                        + refusal.message() + ".")
                                        .withRule(ModuleHourLimits.RULE)
                                        .withErrors(List.of(new FieldError(refusal.field(), refusal.message()))));
                            });
                    ModuleHours entry = ModuleHours.record(participationId, request.module(), request.date(),
                            request.hours(), request.note(), clock);
                    log.add(entry);
                    monthOf(participationId, month).moduleHoursChanged(clock);
                    audit.record(AuditAction.CREATE, RESOURCE, entry.id(), participationId);
                    return new Idempotency.Result<>(entry.id().toString(), ModuleHoursView.of(entry), false);
                }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), participationId));
    }

    /** The request as the idempotency key is bound to: the same body for another participation is another request. */
    record Keyed(UUID participationId, ModuleHoursRequest request) {
    }

    /** Removes a wrong entry (its month's revision counts up). */
    @Transactional
    public void remove(UUID participationId, UUID entryId) {
        access.require(participationId);
        months.lockParticipation(participationId);
        ModuleHours entry = log.byId(participationId, entryId)
                .orElseThrow(() -> ProblemException.notFound("module-hours entry", entryId));
        log.remove(entry);
        monthOf(participationId, YearMonth.from(entry.day())).moduleHoursChanged(clock);
        audit.record(AuditAction.DELETE, RESOURCE, entryId, participationId);
    }

    /** @param month null for all months */
    @Transactional
    public Page<ModuleHoursView> page(UUID participationId, YearMonth month, PageQuery page) {
        access.require(participationId);
        audit.record(AuditAction.READ, RESOURCE, month == null ? participationId : participationId + "/" + month,
                participationId);
        return log.page(participationId, month, page).map(ModuleHoursView::of);
    }

    private RecordedMonth monthOf(UUID participationId, YearMonth month) {
        return months.of(participationId, month).orElseGet(() -> {
            RecordedMonth opened = RecordedMonth.open(participationId, month);
            months.add(opened);
            return opened;
        });
    }

    private static void checkFields(ParticipationDirectory.Summary participation, ModuleHoursRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.module() == null || request.module().isBlank()) {
            errors.add(new FieldError("module", "is required, e.g. ENTRY_PHASE"));
        }
        SubmissionRules.dateProblem(request.date(), null, participation.entryDate(), participation.exitDate())
                .ifPresent(p -> errors.add(new FieldError("date", p)));
        SubmissionRules.hoursProblem(request.hours()).ifPresent(p -> errors.add(new FieldError("hours", p)));
        if (request.note() != null && request.note().strip().length() > MAX_NOTE) {
            errors.add(new FieldError("note", "must be at most " + MAX_NOTE + " characters"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
    }
}
