package ch.so.integration.billing.tariff;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.billing.tariff.TariffTables.Kind;
import ch.so.integration.billing.tariff.api.AmiMaximumTariffVersion;
import ch.so.integration.billing.tariff.api.AmiMaximumTariffView;
import ch.so.integration.billing.tariff.api.DayCenterFlatRateVersion;
import ch.so.integration.billing.tariff.api.DayCenterFlatRateView;
import ch.so.integration.billing.tariff.api.NewAmiMaximumTariff;
import ch.so.integration.billing.tariff.api.NewDayCenterFlatRate;
import ch.so.integration.billing.tariff.api.NewPasstgenauRate;
import ch.so.integration.billing.tariff.api.PasstgenauRateVersion;
import ch.so.integration.billing.tariff.api.PasstgenauRateView;
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
 * Reads the tariff tables and adds versions (AM-01, DC-21, PG-05). A new version closes the key's open row the day
 * before it starts ({@link TariffVersioning}); additions to one table are serialised by an advisory lock. Tariffs are
 * not personal data, but every change is audited (resource type = table, subject none).
 */
@ApplicationScoped
public class TariffService {

    private final TariffTables tables;
    private final Idempotency idempotency;
    private final AuditLog audit;
    private final Clock clock;

    TariffService(TariffTables tables, Idempotency idempotency, AuditLog audit, Clock clock) {
        this.tables = tables;
        this.idempotency = idempotency;
        this.audit = audit;
        this.clock = clock;
    }

    // AM-01

    @Transactional
    public Page<AmiMaximumTariffView> amiMaximum(ProgrammeType type, TariffUnit unit, LocalDate on, PageQuery page) {
        return tables.amiMaximum(type, unit, on, page).map(AmiMaximumTariffView::of);
    }

    @Transactional
    public AmiMaximumTariffView amiMaximum(UUID id) {
        return tables.amiMaximum(id).map(AmiMaximumTariffView::of)
                .orElseThrow(() -> ProblemException.notFound("maximum tariff", id));
    }

    @Transactional
    public Idempotency.Result<AmiMaximumTariffVersion> addAmiMaximum(NewAmiMaximumTariff request, String key) {
        return idempotency.once("billing.add-ami-maximum-tariff", key, request, AmiMaximumTariffVersion.class, () -> {
            if (request.programmeType() == ProgrammeType.TEILLOHN) {
                throw refusal(Kind.AMI_MAXIMUM, "programmeType",
                        "AM-01: Teillohn kostet CHF 0.00 und hat keinen Tarif");
            }
            tables.lock(Kind.AMI_MAXIMUM);
            List<AmiMaximumTariffEntry> existing = tables.amiMaximum(request.programmeType(), request.unit());
            TariffVersioning.Plan<AmiMaximumTariffEntry> plan = plan(Kind.AMI_MAXIMUM, existing,
                    request.validFrom());
            Optional<AmiMaximumTariffView> closed = close(Kind.AMI_MAXIMUM, plan).map(AmiMaximumTariffView::of);
            AmiMaximumTariffEntry created = AmiMaximumTariffEntry.create(new MaximumTariff(request.programmeType(),
                    request.unit(), request.maximumChf().setScale(2), scaled(request.monthlyCapChf()),
                    plan.newValidity()), clock);
            tables.add(created);
            audit.record(AuditAction.CREATE, table(Kind.AMI_MAXIMUM), created.id(), null);
            return new Idempotency.Result<>(created.id().toString(),
                    new AmiMaximumTariffVersion(AmiMaximumTariffView.of(created), closed.orElse(null)), false);
        }, replay -> { });
    }

    // DC-21

    @Transactional
    public Page<DayCenterFlatRateView> dayCenter(IbbLevel level, LocalDate on, PageQuery page) {
        return tables.dayCenter(level, on, page).map(DayCenterFlatRateView::of);
    }

    @Transactional
    public DayCenterFlatRateView dayCenter(UUID id) {
        return tables.dayCenter(id).map(DayCenterFlatRateView::of)
                .orElseThrow(() -> ProblemException.notFound("day-center flat rate", id));
    }

    @Transactional
    public Idempotency.Result<DayCenterFlatRateVersion> addDayCenter(NewDayCenterFlatRate request, String key) {
        return idempotency.once("billing.add-day-center-flat-rate", key, request, DayCenterFlatRateVersion.class,
                () -> {
                    tables.lock(Kind.DAY_CENTER);
                    List<DayCenterFlatRateEntry> existing = tables.dayCenter(request.level());
                    TariffVersioning.Plan<DayCenterFlatRateEntry> plan = plan(Kind.DAY_CENTER, existing,
                            request.validFrom());
                    Optional<DayCenterFlatRateView> closed = close(Kind.DAY_CENTER, plan)
                            .map(DayCenterFlatRateView::of);
                    DayCenterFlatRateEntry created = DayCenterFlatRateEntry.create(new DayCenterFlatRate(
                            request.level(), request.monthlyChf().setScale(2), plan.newValidity()), clock);
                    tables.add(created);
                    audit.record(AuditAction.CREATE, table(Kind.DAY_CENTER), created.id(), null);
                    return new Idempotency.Result<>(created.id().toString(),
                            new DayCenterFlatRateVersion(DayCenterFlatRateView.of(created), closed.orElse(null)),
                            false);
                }, replay -> { });
    }

    // PG-05

    @Transactional
    public Page<PasstgenauRateView> passtgenau(String module, LocalDate on, PageQuery page) {
        return tables.passtgenau(module, on, page).map(PasstgenauRateView::of);
    }

    @Transactional
    public PasstgenauRateView passtgenau(UUID id) {
        return tables.passtgenau(id).map(PasstgenauRateView::of)
                .orElseThrow(() -> ProblemException.notFound("pass(t)genau rate", id));
    }

    @Transactional
    public Idempotency.Result<PasstgenauRateVersion> addPasstgenau(NewPasstgenauRate request, String key) {
        return idempotency.once("billing.add-passtgenau-rate", key, request, PasstgenauRateVersion.class, () -> {
            tables.lock(Kind.PASSTGENAU);
            List<PasstgenauRateEntry> existing = tables.passtgenau(request.module());
            TariffVersioning.Plan<PasstgenauRateEntry> plan = plan(Kind.PASSTGENAU, existing, request.validFrom());
            Optional<PasstgenauRateView> closed = close(Kind.PASSTGENAU, plan).map(PasstgenauRateView::of);
            PasstgenauRateEntry created = PasstgenauRateEntry.create(new ServiceHourRate(
                    request.ratePerHour().setScale(2), Currency.getInstance(request.currency()), plan.newValidity(),
                    request.module()), clock);
            tables.add(created);
            audit.record(AuditAction.CREATE, table(Kind.PASSTGENAU), created.id(), null);
            return new Idempotency.Result<>(created.id().toString(),
                    new PasstgenauRateVersion(PasstgenauRateView.of(created), closed.orElse(null)), false);
        }, replay -> { });
    }

    // shared

    private <R extends TariffEntry> TariffVersioning.Plan<R> plan(Kind kind, List<R> existing, LocalDate validFrom) {
        try {
            return TariffVersioning.plan(existing, TariffEntry::validity, validFrom, LocalDate.now(clock));
        } catch (TariffVersioning.Refused refused) {
            throw refusal(kind, "validFrom", refused.getMessage());
        }
    }

    /** Closes the row the plan names, writes it first (the one-open-row index), and audits the change. */
    private <R extends TariffEntry> Optional<R> close(Kind kind, TariffVersioning.Plan<R> plan) {
        plan.close().ifPresent(row -> {
            row.closeOn(plan.closedValidTo());
            tables.flush();
            audit.record(AuditAction.UPDATE, table(kind), row.id(), null);
        });
        return plan.close();
    }

    private static String table(Kind kind) {
        return "tariff-" + kind.path();
    }

    private static java.math.BigDecimal scaled(java.math.BigDecimal amount) {
        return amount == null ? null : amount.setScale(2);
    }

    private static ProblemException refusal(Kind kind, String field, String detail) {
        return new ProblemException(Problem.of(ProblemType.RULE_VIOLATION, detail).withRule(kind.rule())
                .withErrors(List.of(new FieldError(field, detail))));
    }
}
