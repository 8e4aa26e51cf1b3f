package ch.so.integration.iiz.situation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-04: the client's own view of the situation, recorded by the coordinator after a talk with the client; only
 * where such a talk took place (its date is required and not in the future). A later talk replaces it.
 */
@Entity
@Table(name = "iiz_situation_client_view")
public class ClientView {

    public static final int MAX_TEXT_LENGTH = 4000;

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "talk_on", nullable = false)
    private LocalDate talkOn;

    @Column(nullable = false, length = MAX_TEXT_LENGTH)
    private String text;

    @Column(name = "recorded_by", nullable = false, length = 100)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected ClientView() {
    }

    static ClientView of(UUID caseId) {
        ClientView view = new ClientView();
        view.caseId = caseId;
        return view;
    }

    void record(LocalDate talkOn, String text, String recordedBy, Clock clock) {
        if (talkOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("talkOn", "must not lie in the future: the view is recorded after the talk");
        }
        this.talkOn = talkOn;
        this.text = text.strip();
        this.recordedBy = recordedBy.length() > 100 ? recordedBy.substring(0, 100) : recordedBy;
        this.recordedAt = OffsetDateTime.now(clock);
    }

    public UUID caseId() { return caseId; }
    public LocalDate talkOn() { return talkOn; }
    public String text() { return text; }
    public String recordedBy() { return recordedBy; }
    public OffsetDateTime recordedAt() { return recordedAt; }
}
