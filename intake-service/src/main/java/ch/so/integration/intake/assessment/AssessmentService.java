package ch.so.integration.intake.assessment;

import java.time.Clock;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.intake.assessment.api.AssessmentView;
import ch.so.integration.intake.assessment.api.RecordAssessmentRequest;
import ch.so.integration.intake.person.Persons;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.web.ProblemException;

/** Records and finds assessments (DC-15); every read and write is audited for the person. */
@ApplicationScoped
public class AssessmentService {

    static final String RESOURCE = "assessment";

    private final Assessments assessments;
    private final Persons persons;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Clock clock;

    AssessmentService(Assessments assessments, Persons persons, AuditLog audit, Idempotency idempotency, Clock clock) {
        this.assessments = assessments;
        this.persons = persons;
        this.audit = audit;
        this.idempotency = idempotency;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<AssessmentView> record(RecordAssessmentRequest request, String idempotencyKey) {
        return idempotency.once("intake.record-assessment", idempotencyKey, request, AssessmentView.class, () -> {
            if (persons.byId(request.personId()).isEmpty()) {
                throw ProblemException.invalidField("personId", "no person with this id is registered");
            }
            Assessment assessment = Assessment.record(request.personId(), request.date(), request.assessor(),
                    request.reason(), request.recommendedSetting(), request.recommendedAreas(),
                    request.recommendedPensumPercent(), request.summary(), clock);
            assessments.add(assessment);
            audit.record(AuditAction.CREATE, RESOURCE, assessment.id(), assessment.personId());
            return new Idempotency.Result<>(assessment.id().toString(), AssessmentView.of(assessment), false);
        }, replay -> audit.record(AuditAction.READ, RESOURCE, replay.id(), replay.body().personId()));
    }

    @Transactional
    public AssessmentView get(UUID id) {
        Assessment assessment = assessments.byId(id).orElseThrow(() -> ProblemException.notFound(RESOURCE, id));
        audit.record(AuditAction.READ, RESOURCE, id, assessment.personId());
        return AssessmentView.of(assessment);
    }

    @Transactional
    public Page<AssessmentView> ofPerson(UUID personId, PageQuery page) {
        if (persons.byId(personId).isEmpty()) {
            throw ProblemException.notFound("person", personId);
        }
        Page<Assessment> found = assessments.ofPerson(personId, page);
        for (Assessment assessment : found.items()) {
            audit.record(AuditAction.READ, RESOURCE, assessment.id(), personId);
        }
        return found.map(AssessmentView::of);
    }
}
