package ch.so.integration.iiz.roundtable;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** IZ-07: someone invited to the round table: a professional (with institution) or the client. */
@Embeddable
public record Invitee(
        @Column(name = "name", nullable = false, length = 160) String name,
        @Enumerated(EnumType.STRING) @Column(name = "kind", nullable = false, length = 20) Kind kind,
        @Column(name = "institution", length = 60) String institution) {

    /** Professionals join the pre-meeting and the session; the client joins the session. */
    public enum Kind { PROFESSIONAL, CLIENT }
}
