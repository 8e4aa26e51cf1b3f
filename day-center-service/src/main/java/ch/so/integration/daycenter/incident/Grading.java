package ch.so.integration.daycenter.incident;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** DC-17: one grading with the classification grid. A regrading adds one; the last one counts. */
@Embeddable
public class Grading {

    @Enumerated(EnumType.STRING)
    @Column(name = "violence_type", nullable = false, length = 20)
    private ViolenceType type;

    @Column(name = "severity", nullable = false)
    private int severity;

    @Column(nullable = false, length = Incident.MAX_MEASURES_LENGTH)
    private String rationale;

    @Column(name = "graded_by", nullable = false, length = Incident.MAX_ACTOR_LENGTH)
    private String gradedBy;

    @Column(name = "graded_at", nullable = false)
    private OffsetDateTime gradedAt;

    protected Grading() {
    }

    Grading(ViolenceType type, SeverityLevel severity, String rationale, String gradedBy, OffsetDateTime gradedAt) {
        this.type = type;
        this.severity = severity.level();
        this.rationale = rationale;
        this.gradedBy = gradedBy;
        this.gradedAt = gradedAt;
    }

    public ViolenceType type() {
        return type;
    }

    public SeverityLevel severity() {
        return SeverityLevel.of(severity);
    }

    public String rationale() {
        return rationale;
    }

    public String gradedBy() {
        return gradedBy;
    }

    public OffsetDateTime gradedAt() {
        return gradedAt;
    }
}
