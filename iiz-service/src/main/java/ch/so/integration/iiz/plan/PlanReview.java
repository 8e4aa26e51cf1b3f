package ch.so.integration.iiz.plan;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

import ch.so.integration.iiz.casespace.Contributor;

/** IZ-08: a team member's reading of one revision of a draft: approved, or a comment. */
@Embeddable
public record PlanReview(
        @Column(name = "revision", nullable = false) int revision,
        @Enumerated(EnumType.STRING) @Column(name = "verdict", nullable = false, length = 20) Verdict verdict,
        @Column(name = "comment", length = 4000) String comment,
        @Embedded Contributor reviewer,
        @Column(name = "reviewed_at", nullable = false) OffsetDateTime reviewedAt) {

    public enum Verdict { APPROVED, COMMENTED }
}
