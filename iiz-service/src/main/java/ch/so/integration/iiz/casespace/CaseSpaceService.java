package ch.so.integration.iiz.casespace;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import ch.so.integration.iiz.access.CaseAccess;
import ch.so.integration.iiz.access.CaseAccess.CaseScope;
import ch.so.integration.iiz.access.CaseAccess.Operation;
import ch.so.integration.iiz.casespace.api.ActivityView;
import ch.so.integration.iiz.casespace.api.AddCommentRequest;
import ch.so.integration.iiz.casespace.api.CommentView;
import ch.so.integration.iiz.casespace.api.DocumentContent;
import ch.so.integration.iiz.casespace.api.DocumentView;
import ch.so.integration.platform.audit.AuditAction;
import ch.so.integration.platform.audit.AuditLog;
import ch.so.integration.platform.idempotency.Idempotency;
import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;
import ch.so.integration.platform.security.Actors;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-06: the shared case space. Every operation first asks {@link CaseAccess} (404 outside the team, 403 IZ-01
 * without the Vollmacht), then works and audits in one transaction; the audit subject is the case id.
 */
@ApplicationScoped
public class CaseSpaceService {

    static final String DOCUMENT = "case-document";
    static final String COMMENT = "case-comment";
    static final String ACTIVITY = "case-activity";

    private final CaseAccess access;
    private final CaseSpace space;
    private final CaseActivities activities;
    private final AuditLog audit;
    private final Idempotency idempotency;
    private final Actors actors;
    private final CaseWorkConfig config;
    private final Clock clock;

    CaseSpaceService(CaseAccess access, CaseSpace space, CaseActivities activities, AuditLog audit,
                     Idempotency idempotency, Actors actors, CaseWorkConfig config, Clock clock) {
        this.access = access;
        this.space = space;
        this.activities = activities;
        this.audit = audit;
        this.idempotency = idempotency;
        this.actors = actors;
        this.config = config;
        this.clock = clock;
    }

    @Transactional
    public Idempotency.Result<DocumentView> addDocument(UUID caseId, String name, String contentType, byte[] content,
                                                        String idempotencyKey) {
        CaseScope scope = access.require(caseId, Operation.WRITE);
        String mediaType = DocumentRules.baseMediaType(contentType);
        String fileName = DocumentRules.check(name, mediaType, content, config.maxDocumentBytes());
        return idempotency.once("iiz.add-case-document", idempotencyKey,
                List.of(caseId, fileName, mediaType, Sha256.of(content)), DocumentView.class, () -> {
                    scope.requireActive();
                    CaseDocument document = CaseDocument.add(caseId, fileName, mediaType, content,
                            contributor(scope), clock);
                    space.add(document, content);
                    activities.record(scope, actor(), "DOCUMENT_ADDED", document.id());
                    audit.record(AuditAction.CREATE, DOCUMENT, document.id(), scope.personId());
                    return new Idempotency.Result<>(document.id().toString(), DocumentView.of(document), false);
                }, replay -> audit.record(AuditAction.READ, DOCUMENT, replay.id(), scope.personId()));
    }

    @Transactional
    public Page<DocumentView> documents(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<CaseDocument> found = space.documents(caseId, page);
        found.items().forEach(d -> audit.record(AuditAction.READ, DOCUMENT, d.id(), scope.personId()));
        return found.map(DocumentView::of);
    }

    @Transactional
    public DocumentView document(UUID caseId, UUID id) {
        CaseScope scope = access.require(caseId, Operation.READ);
        CaseDocument document = findDocument(caseId, id);
        audit.record(AuditAction.READ, DOCUMENT, id, scope.personId());
        return DocumentView.of(document);
    }

    @Transactional
    public DocumentContent content(UUID caseId, UUID id) {
        CaseScope scope = access.require(caseId, Operation.READ);
        CaseDocument document = findDocument(caseId, id);
        byte[] bytes = space.content(id).orElseThrow(() -> ProblemException.notFound(DOCUMENT, id));
        audit.record(AuditAction.READ, DOCUMENT, id, scope.personId());
        return new DocumentContent(document.fileName(), document.mediaType(), document.sha256(), bytes);
    }

    @Transactional
    public Idempotency.Result<CommentView> addComment(UUID caseId, AddCommentRequest request, String idempotencyKey) {
        CaseScope scope = access.require(caseId, Operation.WRITE);
        return idempotency.once("iiz.add-case-comment", idempotencyKey, List.of(caseId, request), CommentView.class,
                () -> {
                    scope.requireActive();
                    CaseComment comment = CaseComment.add(caseId, request.text(), contributor(scope), clock);
                    space.add(comment);
                    activities.record(scope, actor(), "COMMENT_ADDED", comment.id());
                    audit.record(AuditAction.CREATE, COMMENT, comment.id(), scope.personId());
                    return new Idempotency.Result<>(comment.id().toString(), CommentView.of(comment), false);
                }, replay -> audit.record(AuditAction.READ, COMMENT, replay.id(), scope.personId()));
    }

    @Transactional
    public Page<CommentView> comments(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        Page<CaseComment> found = space.comments(caseId, page);
        found.items().forEach(c -> audit.record(AuditAction.READ, COMMENT, c.id(), scope.personId()));
        return found.map(CommentView::of);
    }

    /** The feed carries kinds, item ids and actors, no content: one audit record per page read. */
    @Transactional
    public Page<ActivityView> activity(UUID caseId, PageQuery page) {
        CaseScope scope = access.require(caseId, Operation.READ);
        audit.record(AuditAction.READ, ACTIVITY, caseId, scope.personId());
        return activities.ofCase(caseId, page).map(ActivityView::of);
    }

    private CaseDocument findDocument(UUID caseId, UUID id) {
        return space.document(caseId, id).orElseThrow(() -> ProblemException.notFound(DOCUMENT, id));
    }

    private Contributor contributor(CaseScope scope) {
        return Contributor.of(scope, actor());
    }

    private String actor() {
        return actors.current().name();
    }
}
