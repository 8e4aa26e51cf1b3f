package ch.so.integration.daycenter.ibb;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.daycenter.ibb.api.ClassificationView;
import ch.so.integration.daycenter.ibb.api.ClassifyRequest;
import ch.so.integration.daycenter.ibb.api.IbbHistoryView;
import ch.so.integration.daycenter.ibb.api.PendingView;
import ch.so.integration.daycenter.place.Place;
import ch.so.integration.daycenter.place.Places;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * DC-16 IBB classifications with their history. A new classification starting after the open-ended current one
 * ends that one the day before; any other overlap is refused.
 */
@ApplicationScoped
public class IbbService {

    static final String RESOURCE = "ibb-classification";

    private final IbbClassifications classifications;
    private final Places places;
    private final AuditLog audit;
    private final Actors actors;
    private final Idempotency idempotency;
    private final Clock clock;
    private final ch.so.integration.daycenter.attendance.Attendances attendances;

    IbbService(IbbClassifications classifications, Places places, AuditLog audit, Actors actors,
               Idempotency idempotency, ch.so.integration.daycenter.attendance.Attendances attendances, Clock clock) {
        this.attendances = attendances;
        this.classifications = classifications;
        this.places = places;
        this.audit = audit;
        this.actors = actors;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<IbbHistoryView> classify(UUID placementId, ClassifyRequest request, String key) {
        return idempotency.once("day-center.classify-ibb", key, new Keyed(placementId, request), IbbHistoryView.class,
                () -> new Idempotency.Result<>(placementId.toString(), doClassify(placementId, request), false),
                replay -> audit.record(AuditAction.READ, RESOURCE, placementId, place(placementId).personId()));
    }

    private record Keyed(UUID placementId, ClassifyRequest request) {
    }

    private IbbHistoryView doClassify(UUID placementId, ClassifyRequest request) {
        Place place = place(placementId);
        if (request.validTo() != null && request.validTo().isBefore(request.validFrom())) {
            throw ProblemException.invalidField("validTo", "must not be before validFrom");
        }
        java.time.YearMonth from = java.time.YearMonth.from(request.validFrom());
        attendances.lockMonth(from, false);
        attendances.firstFrozenFrom(from).ifPresent(closed -> {
            throw ProblemException.rule("DC-16", "Month " + closed + " is closed and billed with the IBB level valid "
                    + "then; a classification may start only after the last closed month.");
        });
        for (IbbClassification existing : classifications.historyOf(placementId)) {
            if (!existing.overlaps(request.validFrom(), request.validTo())) {
                continue;
            }
            if (existing.validTo() == null && existing.validFrom().isBefore(request.validFrom())) {
                existing.endBefore(request.validFrom());
            } else {
                throw ProblemException.rule("DC-16", "An IBB classification from " + existing.validFrom()
                        + " already covers part of that period.");
            }
        }
        classifications.add(new IbbClassification(placementId, request.level(), request.validFrom(), request.validTo(),
                request.classifiedBy(), OffsetDateTime.now(clock), actors.current().name()));
        audit.record(AuditAction.CREATE, RESOURCE, placementId, place.personId());
        return view(placementId);
    }

    @Transactional
    public IbbHistoryView history(UUID placementId) {
        Place place = place(placementId);
        audit.record(AuditAction.READ, RESOURCE, placementId, place.personId());
        return view(placementId);
    }

    @Transactional
    public Page<PendingView> pending(PageQuery page) {
        Page<Place> found = classifications.pendingOn(LocalDate.now(clock), page);
        for (Place place : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, place.placementId(), place.personId());
        }
        return found.map(p -> new PendingView(p.placementId(), p.personId(), p.participantOfficialName(),
                p.participantFirstName(), p.startDate()));
    }

    private IbbHistoryView view(UUID placementId) {
        List<ClassificationView> history = classifications.historyOf(placementId).stream()
                .map(c -> new ClassificationView(c.id(), c.level(), c.validFrom(), c.validTo(), c.classifiedBy(),
                        c.recordedAt()))
                .toList();
        return new IbbHistoryView(placementId, classifications.levelOn(placementId, LocalDate.now(clock)).orElse(null),
                history);
    }

    private Place place(UUID placementId) {
        return places.byPlacementId(placementId).orElseThrow(() -> ProblemException.notFound("place", placementId));
    }
}
