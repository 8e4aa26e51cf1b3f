package ch.so.integration.iiz.casespace;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** IZ-06: a comment in the shared case space, with who added it. */
@Entity
@Table(name = "iiz_case_comment")
public class CaseComment {

    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Embedded
    private Contributor addedBy;

    @Column(name = "added_at", nullable = false)
    private OffsetDateTime addedAt;

    protected CaseComment() {
    }

    public static CaseComment add(UUID caseId, String text, Contributor addedBy, Clock clock) {
        CaseComment comment = new CaseComment();
        comment.id = UUID.randomUUID();
        comment.caseId = caseId;
        comment.text = text.strip();
        comment.addedBy = addedBy;
        comment.addedAt = OffsetDateTime.now(clock);
        return comment;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public String text() { return text; }
    public Contributor addedBy() { return addedBy; }
    public OffsetDateTime addedAt() { return addedAt; }
}
