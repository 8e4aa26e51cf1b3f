package ch.so.integration.iiz.situation;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.iiz.casespace.Contributor;

/** IZ-04: what one institution knows about the client's situation (its Facheinschätzung), with who added it. */
@Entity
@Table(name = "iiz_situation_fact")
public class SituationFact {

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

    protected SituationFact() {
    }

    static SituationFact add(UUID caseId, String text, Contributor by, Clock clock) {
        SituationFact fact = new SituationFact();
        fact.id = UUID.randomUUID();
        fact.caseId = caseId;
        fact.text = text.strip();
        fact.addedBy = by;
        fact.addedAt = OffsetDateTime.now(clock);
        return fact;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public String text() { return text; }
    public Contributor addedBy() { return addedBy; }
    public OffsetDateTime addedAt() { return addedAt; }
}
