package ch.so.integration.iiz.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.access.CaseAccess.CaseScope;
import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.access.SocialOfficeNotifier;
import ch.so.integration.iiz.casespace.CaseActivities;
import ch.so.integration.iiz.casespace.Contributor;
import ch.so.integration.iiz.situation.api.AddFactRequest;
import ch.so.integration.iiz.situation.api.AnswerRequest;
import ch.so.integration.iiz.situation.api.ClientViewRequest;
import ch.so.integration.iiz.situation.api.FactView;
import ch.so.integration.iiz.situation.api.ReportSummary;
import ch.so.integration.iiz.situation.api.SituationReportContent;
import ch.so.integration.iiz.situation.api.SituationView;
import ch.so.integration.iiz.document.SituationReportDocument;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.events.Outbox;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-04 situation analysis: the social-assistance body's questionnaire, each institution's facts, the client's view,
 * and the structured report the coordinator issues (JSON and PDF, kept as issued; the social office is told by the
 * SituationReportIssued event and a notification record its case manager reads). Every operation asks
 * {@link CaseAccess} first; every read and write is audited with the person id as subject. The analysis is written
 * while the case is ACTIVE (409 IZ-03 before the team) and not after a recommendation with closure (409 IZ-05).
 */
@ApplicationScoped
public class SituationService {

    static final String ANSWER = "situation-answer";
    static final String FACT = "situation-fact";
    static final String CLIENT_VIEW = "situation-client-view";
    static final String REPORT = "situation-report";

    /** IZ-04: the social-assistance body answers; the iiz specialists and the coordinator may record its answers. */
    static final Set<String> ANSWERING_MEMBERS = Set.of("CASE_MANAGER", "SPECIALIST", "COORDINATOR", "ADMIN");

    private final CaseAccess access;
    private final Situations situations;
    private final CaseActivities activities;
    private final Outbox outbox;
    private final SocialOfficeNotifier notifier;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final ObjectMapper mapper;
    private final Clock clock;

    SituationService(CaseAccess access, Situations situations, CaseActivities activities, Outbox outbox,
                     SocialOfficeNotifier notifier, AuditLog audit, Idempotency idempotency, Actors actors,
                     ObjectMapper mapper, Clock clock) {
        this.access = access;
        this.situations = situations;
        this.activities = activities;
        this.outbox = outbox;
        this.notifier = notifier;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    public SituationView get(UUID caseId) {
        CaseScope scope = access.require(caseId, Operation.READ);
        SituationView view = view(caseId);
        // one record per answer shown (and the client's view), each for the person, as the lists do
        situations.answers(caseId).forEach(a -> audit.record(AuditAction.READ, ANSWER, a.id(), scope.personId()));
        if (view.clientView() != null) {
            audit.record(AuditAction.READ, CLIENT_VIEW, caseId, scope.personId());
        }
        return view;
    }

    /** IZ-04: the social-assistance body's answers; each replaces the topic's earlier answer. */
    @Transactional
    public SituationView answer(UUID caseId, AnswerRequest request) {
        CaseScope scope = access.require(caseId, Operation.WRITE);
        if (!ANSWERING_MEMBERS.contains(scope.member())) {
            throw new ProblemException(Problem.of(ProblemType.FORBIDDEN,
                    "IZ-04: the questionnaire is answered by the social-assistance body (its case manager) or recorded "
                            + "by the iiz specialists or the coordinator. Partner institutions add their facts.")
                    .withRule(SituationQuestionnaire.RULE));
        }
        scope.requireAnalysisOpen();
        List<SituationQuestionnaire.Answer> answers = SituationQuestionnaire.check(request.answers().stream()
                .map(a -> new SituationQuestionnaire.Answer(a.topic(), a.text(), a.since())).toList(), today());
        Contributor by = Contributor.of(scope, actor());
        Map<SituationTopic, SituationAnswer> existing = situations.answers(caseId).stream()
                .collect(Collectors.toMap(SituationAnswer::topic, a -> a));
        for (SituationQuestionnaire.Answer answer : answers) {
            SituationAnswer stored = existing.get(answer.topic());
            if (stored == null) {
                stored = SituationAnswer.of(caseId, answer, by, clock);
                situations.add(stored);
                audit.record(AuditAction.CREATE, ANSWER, stored.id(), scope.personId());
            } else {
                stored.replace(answer, by, clock);
                audit.record(AuditAction.UPDATE, ANSWER, stored.id(), scope.personId());
            }
            activities.record(scope, actor(), "SITUATION_ANSWERED", stored.id());
        }
        return view(caseId);
    }

    /** IZ-04: an institution's facts; a partner's are filed under its institution. */
    @Transactional
    public Idempotency.Result<FactView> addFact(UUID caseId, AddFactRequest request, String idempotencyKey) {
        CaseScope scope = access.require(caseId, Operation.WRITE);
        return idempotency.once("iiz.add-situation-fact", idempotencyKey, List.of(caseId, request), FactView.class,
                () -> {
                    scope.requireAnalysisOpen();
                    SituationFact fact = SituationFact.add(caseId, request.text(), Contributor.of(scope, actor()), clock);
                    situations.add(fact);
                    activities.record(scope, actor(), "SITUATION_FACT_ADDED", fact.id());
                    audit.record(AuditAction.CREATE, FACT, fact.id(), scope.personId());
                    return new Idempotency.Result<>(fact.id().toString(), FactView.of(fact), false);
                }, replay -> audit.record(AuditAction.READ, FACT, replay.id(), scope.personId()));
    }

    @Transactional
    public Page<FactView> facts(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<SituationFact> found = situations.facts(caseId, page);
        found.items().forEach(f -> audit.record(AuditAction.READ, FACT, f.id(), scope.personId()));
        return found.map(FactView::of);
    }

    /** IZ-04: the client's view from the talk with the coordinator. */
    @Transactional
    public SituationView recordClientView(UUID caseId, ClientViewRequest request) {
        // FOR UPDATE: two first client views at once would both insert (the case id is the key)
        CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE).requireAnalysisOpen();
        ClientView view = situations.clientView(caseId).orElse(null);
        boolean created = view == null;
        if (created) {
            view = ClientView.of(caseId);
        }
        view.record(request.talkOn(), request.text(), actor(), clock);
        if (created) {
            situations.add(view);
        }
        activities.record(scope, actor(), "CLIENT_VIEW_RECORDED", caseId);
        audit.record(created ? AuditAction.CREATE : AuditAction.UPDATE, CLIENT_VIEW, caseId, scope.personId());
        return view(caseId);
    }

    /**
     * IZ-04: the coordinator issues the structured report from the complete questionnaire, at least one institution's
     * facts and, where a talk took place, the client's view. Kept as issued (JSON, PDF and its SHA-256); the social
     * office is informed through SituationReportIssued in the same transaction.
     */
    @Transactional
    public Idempotency.Result<ReportSummary> issue(UUID caseId, String idempotencyKey) {
        // FOR UPDATE: two reports issued at once would both take the next version number
        CaseScope scope = access.requireExclusive(caseId, Operation.COORDINATE);
        return idempotency.once("iiz.issue-situation-report", idempotencyKey, List.of(caseId), ReportSummary.class,
                () -> {
                    scope.requireAnalysisOpen();
                    List<SituationAnswer> answers = situations.answers(caseId);
                    SituationQuestionnaire.requireComplete(answers.stream().map(SituationAnswer::topic).toList());
                    List<SituationFact> facts = situations.allFacts(caseId);
                    if (facts.isEmpty()) {
                        throw ProblemException.rule(SituationQuestionnaire.RULE, "IZ-04: the situation report "
                                + "collects the institutions' facts; none are recorded yet.");
                    }
                    UUID reportId = UUID.randomUUID();
                    int version = situations.lastReportVersion(caseId) + 1;
                    SituationReportContent content = content(reportId, scope, version, answers, facts,
                            situations.clientView(caseId).orElse(null));
                    byte[] pdf = SituationReportDocument.render(content);
                    SituationReport report = SituationReport.issue(reportId, caseId, version, actor(), json(content),
                            pdf, clock);
                    situations.add(report);
                    outbox.publish(new SituationReportIssued(caseId, reportId, version, report.issuedOn(),
                            situations.socialOfficeOf(caseId).orElse(null), report.documentSha256()));
                    notifier.notifySocialOffice(scope, SocialOfficeNotifier.SITUATION_REPORT_ISSUED, reportId);
                    activities.record(scope, actor(), "SITUATION_REPORT_ISSUED", reportId);
                    audit.record(AuditAction.CREATE, REPORT, reportId, scope.personId());
                    return new Idempotency.Result<>(reportId.toString(), summary(report), false);
                }, replay -> audit.record(AuditAction.READ, REPORT, replay.id(), scope.personId()));
    }

    @Transactional
    public Page<ReportSummary> reports(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<Object[]> found = situations.reports(caseId, page);
        found.items().forEach(r -> audit.record(AuditAction.READ, REPORT, r[0], scope.personId()));
        return found.map(r -> ReportSummary.of((UUID) r[0], caseId, (Integer) r[1], (LocalDate) r[2], (String) r[3],
                (String) r[4]));
    }

    @Transactional
    public SituationReportContent report(UUID caseId, UUID id) {
        CaseScope scope = access.require(caseId, Operation.READ);
        SituationReport report = findReport(caseId, id);
        audit.record(AuditAction.READ, REPORT, id, scope.personId());
        try {
            return mapper.readValue(report.content(), SituationReportContent.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored situation report unreadable", e);
        }
    }

    @Transactional
    public byte[] document(UUID caseId, UUID id) {
        CaseScope scope = access.require(caseId, Operation.READ);
        SituationReport report = findReport(caseId, id);
        audit.record(AuditAction.READ, REPORT, id, scope.personId());
        return report.document();
    }

    private SituationReport findReport(UUID caseId, UUID id) {
        return situations.report(caseId, id).orElseThrow(() -> ProblemException.notFound(REPORT, id));
    }

    private static ReportSummary summary(SituationReport r) {
        return ReportSummary.of(r.id(), r.caseId(), r.version(), r.issuedOn(), r.issuedBy(), r.documentSha256());
    }

    private SituationReportContent content(UUID reportId, CaseScope scope, int version, List<SituationAnswer> answers,
                                           List<SituationFact> facts, ClientView clientView) {
        Map<SituationTopic, SituationAnswer> byTopic = new EnumMap<>(SituationTopic.class);
        answers.forEach(a -> byTopic.put(a.topic(), a));
        List<SituationReportContent.TopicAnswer> questionnaire = new ArrayList<>();
        for (SituationTopic topic : SituationTopic.values()) {
            SituationAnswer a = byTopic.get(topic);
            questionnaire.add(new SituationReportContent.TopicAnswer(topic.name(), topic.question(), a.text(),
                    a.since(), a.answeredBy().user(), a.answeredBy().source(), local(a.answeredAt())));
        }
        Map<String, List<SituationReportContent.Fact>> bySource = new LinkedHashMap<>();
        for (SituationFact f : facts) {
            bySource.computeIfAbsent(f.addedBy().source(), s -> new ArrayList<>())
                    .add(new SituationReportContent.Fact(f.id(), f.text(), f.addedBy().user(), local(f.addedAt())));
        }
        List<SituationReportContent.InstitutionFacts> institutions = bySource.entrySet().stream()
                .map(e -> new SituationReportContent.InstitutionFacts(e.getKey(), List.copyOf(e.getValue()))).toList();
        return new SituationReportContent(reportId, scope.caseId(), scope.personId(), version, today(), actor(),
                questionnaire, institutions, clientView == null ? null
                : new SituationReportContent.ClientViewPart(clientView.talkOn(), clientView.text()));
    }

    private SituationView view(UUID caseId) {
        Map<SituationTopic, SituationAnswer> byTopic = new EnumMap<>(SituationTopic.class);
        situations.answers(caseId).forEach(a -> byTopic.put(a.topic(), a));
        List<SituationView.Topic> topics = new ArrayList<>();
        for (SituationTopic topic : SituationTopic.values()) {
            SituationAnswer a = byTopic.get(topic);
            topics.add(a == null ? new SituationView.Topic(topic.name(), topic.question(), null, null, null, null, null)
                    : new SituationView.Topic(topic.name(), topic.question(), a.text(), a.since(), a.answeredBy().user(),
                    a.answeredBy().source(), a.answeredAt()));
        }
        List<String> missing = SituationQuestionnaire.missing(byTopic.keySet()).stream().map(Enum::name).toList();
        long factCount = situations.factCount(caseId);
        ClientView clientView = situations.clientView(caseId).orElse(null);
        int latest = situations.lastReportVersion(caseId);
        return new SituationView(caseId, topics, missing, factCount, clientView == null ? null
                : new SituationView.ClientViewPart(clientView.talkOn(), clientView.text(), clientView.recordedBy(),
                clientView.recordedAt()), latest == 0 ? null : latest, missing.isEmpty() && factCount > 0);
    }

    private LocalDate local(java.time.OffsetDateTime at) {
        return at.atZoneSameInstant(clock.getZone()).toLocalDate();
    }

    private LocalDate today() {
        return LocalDate.now(clock);
    }

    private String actor() {
        return actors.current().name();
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("situation report not serialisable", e);
        }
    }
}
