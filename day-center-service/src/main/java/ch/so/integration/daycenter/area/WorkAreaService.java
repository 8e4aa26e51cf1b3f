package ch.so.integration.daycenter.area;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.area.api.ChangeWorkAreaRequest;
import ch.so.integration.daycenter.area.api.ClosureRequest;
import ch.so.integration.daycenter.area.api.CreateWorkAreaRequest;
import ch.so.integration.daycenter.area.api.WorkAreaView;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/** Sets up the work areas and their company holidays. Areas hold no personal data, so nothing here is audited. */
@ApplicationScoped
public class WorkAreaService {

    static final String RESOURCE = "work area";
    /** A company holiday spans at most a year. */
    static final int MAX_CLOSURE_DAYS = 366;

    private final WorkAreas areas;
    private final Idempotency idempotency;
    private final AreaPlans plans;
    private final Clock clock;

    WorkAreaService(WorkAreas areas, Idempotency idempotency, AreaPlans plans, Clock clock) {
        this.areas = areas;
        this.idempotency = idempotency;
        this.plans = plans;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<WorkAreaView> create(CreateWorkAreaRequest request, String idempotencyKey) {
        return idempotency.once("day-center.create-work-area", idempotencyKey, request, WorkAreaView.class, () -> {
            if (areas.byName(request.name()).isPresent()) {
                throw new ProblemException(Problem.of(ProblemType.DUPLICATE,
                        "A work area named '" + request.name().strip() + "' exists already."));
            }
            WorkArea area = WorkArea.create(request.name(), request.capacity(), request.kind(),
                    request.motivationCompensation());
            areas.add(area);
            return new Idempotency.Result<>(area.id().toString(), WorkAreaView.of(area), false);
        }, replay -> { });
    }

    @Transactional
    public Page<WorkAreaView> list(PageQuery page) {
        return areas.page(page).map(WorkAreaView::of);
    }

    @Transactional
    public WorkAreaView get(UUID id) {
        return WorkAreaView.of(find(id));
    }

    /**
     * DC-04: a lower capacity is refused while more participants are planned on some half-day from today on. All
     * areas are locked, as plan writes lock them, so no plan slips in between the check and the change.
     */
    @Transactional
    public WorkAreaView change(UUID id, ChangeWorkAreaRequest request) {
        WorkArea area = areas.lockAll().stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        int before = area.capacity();
        area.change(request.capacity(), request.kind(), request.motivationCompensation());
        if (area.capacity() < before) {
            // checked after the field checks (400 first); a refusal rolls the change back
            PlannedAreaRules.capacityBelowPlans(area.name(), area.capacity(),
                    plans.busiestHalfDayFrom(id, LocalDate.now(clock))).ifPresent(refusal -> {
                        throw refusal;
                    });
        }
        return WorkAreaView.of(area);
    }

    /**
     * DC-02: refused when, on some open weekday, no other area would be open, and when participants are planned in
     * the area on days of the closure (refused, not removed: nothing changes silently; re-plan first).
     */
    @Transactional
    public WorkAreaView close(UUID id, ClosureRequest request) {
        if (request.to().isBefore(request.from())) {
            throw ProblemException.invalidField("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) >= MAX_CLOSURE_DAYS) {
            throw ProblemException.invalidField("to", "a company holiday spans at most 366 days");
        }
        List<WorkArea> all = areas.lockAll();
        WorkArea area = all.stream().filter(a -> a.id().equals(id)).findFirst()
                .orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        DateRange days = new DateRange(request.from(), request.to());
        if (area.closures().stream().anyMatch(c -> c.days().overlaps(days))) {
            throw ProblemException.conflict("The area already has a company holiday within " + days.from() + " to "
                    + days.to() + ".");
        }
        List<CompanyHolidays.AreaClosures> closures = all.stream()
                .map(a -> new CompanyHolidays.AreaClosures(a.id(),
                        a.closures().stream().map(AreaClosure::days).toList()))
                .toList();
        List<LocalDate> unopened = CompanyHolidays.daysWithoutOpenArea(closures, id, days);
        if (!unopened.isEmpty()) {
            throw ProblemException.rule(CompanyHolidays.RULE, "Closing '" + area.name() + "' from " + days.from()
                    + " to " + days.to() + " would leave no work area open on " + CompanyHolidays.describe(unopened)
                    + ". Company holidays close an area only while at least one other area is open.");
        }
        PlannedAreaRules.closureOverPlans(area.name(), days, plans.plannedDays(id, days)).ifPresent(refusal -> {
            throw refusal;
        });
        area.close(days, request.reason());
        return WorkAreaView.of(area);
    }

    @Transactional
    public WorkAreaView reopen(UUID id, UUID closureId) {
        WorkArea area = find(id);
        if (!area.reopen(closureId)) {
            throw ProblemException.notFound("closure of this area", closureId);
        }
        return WorkAreaView.of(area);
    }

    private WorkArea find(UUID id) {
        return areas.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
    }
}
