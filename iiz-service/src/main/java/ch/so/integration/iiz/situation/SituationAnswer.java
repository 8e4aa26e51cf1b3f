package ch.so.integration.iiz.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.iiz.casespace.Contributor;

/** IZ-04: the social-assistance body's answer to one topic of the questionnaire; a new answer replaces it. */
@Entity
@Table(name = "iiz_situation_answer")
public class SituationAnswer {

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private SituationTopic topic;

    @Column(nullable = false, length = 4000)
    private String text;

    private LocalDate since;

    @Embedded
    private Contributor answeredBy;

    @Column(name = "answered_at", nullable = false)
    private OffsetDateTime answeredAt;

    protected SituationAnswer() {
    }

    static SituationAnswer of(UUID caseId, SituationQuestionnaire.Answer answer, Contributor by, Clock clock) {
        SituationAnswer a = new SituationAnswer();
        a.id = UUID.randomUUID();
        a.caseId = caseId;
        a.topic = answer.topic();
        a.replace(answer, by, clock);
        return a;
    }

    void replace(SituationQuestionnaire.Answer answer, Contributor by, Clock clock) {
        this.text = answer.text();
        this.since = answer.since();
        this.answeredBy = by;
        this.answeredAt = OffsetDateTime.now(clock);
    }

    String fingerprint() {
        return topic + "|" + since + "|" + text;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public SituationTopic topic() { return topic; }
    public String text() { return text; }
    public LocalDate since() { return since; }
    public Contributor answeredBy() { return answeredBy; }
    public OffsetDateTime answeredAt() { return answeredAt; }
}
