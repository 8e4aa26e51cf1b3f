package ch.so.integration.daycenter.concern;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.web.ProblemException;

/**
 * DC-18: a participant's concern about the institution, an area or a staff member, routed to the internal reporting
 * office, the external ombuds office or the cantonal victim support. Confidential: its content is shown only to the
 * day-center lead and never logged (no toString, no content in problem details).
 */
@Entity
@Table(name = "concern")
public class Concern {

    public static final String RULE = "DC-18";
    public static final int MAX_ACTOR_LENGTH = 100;
    public static final int MAX_CONTENT_LENGTH = 4000;
    public static final int MAX_NOTE_LENGTH = 1000;

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private ReportingOffice office;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConcernAbout about;

    @Column(nullable = false, length = MAX_CONTENT_LENGTH)
    private String content;

    @Column(name = "received_on", nullable = false)
    private LocalDate receivedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ConcernStatus status;

    @Column(name = "recorded_by", nullable = false, length = MAX_ACTOR_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @ElementCollection
    @CollectionTable(name = "concern_status_change", joinColumns = @JoinColumn(name = "concern_id"))
    @OrderColumn(name = "position")
    private List<StatusChange> history = new ArrayList<>();

    @Version
    private long version;

    protected Concern() {
    }

    /** DC-18: a concern is RECEIVED on the day it was raised; that day may not lie in the future. */
    public static Concern receive(UUID placementId, UUID personId, ReportingOffice office, ConcernAbout about,
                                  String content, LocalDate receivedOn, String recordedBy, Clock clock) {
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("receivedOn", "must not lie in the future");
        }
        Concern concern = new Concern();
        concern.id = UUID.randomUUID();
        concern.placementId = placementId;
        concern.personId = personId;
        concern.office = office;
        concern.about = about;
        concern.content = content;
        concern.receivedOn = receivedOn;
        concern.status = ConcernStatus.RECEIVED;
        concern.recordedBy = recordedBy;
        concern.recordedAt = OffsetDateTime.now(clock);
        concern.history.add(new StatusChange(ConcernStatus.RECEIVED, recordedBy, concern.recordedAt, null));
        return concern;
    }

    /** DC-18: RECEIVED, FORWARDED, IN_PROGRESS, CLOSED, one step at a time; CLOSED is final. */
    public void changeStatus(ConcernStatus target, String note, String changedBy, Clock clock) {
        if (!status.mayChangeTo(target)) {
            throw ProblemException.rule(RULE, status == ConcernStatus.CLOSED
                    ? "The concern is closed; its status no longer changes."
                    : "A " + status + " concern can only move to " + status.next() + ", not to " + target + ".");
        }
        status = target;
        history.add(new StatusChange(target, changedBy, OffsetDateTime.now(clock), note));
    }

    public UUID id() {
        return id;
    }

    public UUID placementId() {
        return placementId;
    }

    public UUID personId() {
        return personId;
    }

    public ReportingOffice office() {
        return office;
    }

    public ConcernAbout about() {
        return about;
    }

    public String content() {
        return content;
    }

    public LocalDate receivedOn() {
        return receivedOn;
    }

    public ConcernStatus status() {
        return status;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public List<StatusChange> history() {
        return List.copyOf(history);
    }
}
