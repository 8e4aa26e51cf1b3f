package ch.so.integration.segmentation.effort;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import ch.so.integration.platform.web.ProblemException;

/**
 * SG-12: time a caseworker spent on one integration case on one day, by kind of work. It holds no free text: the
 * controlling only needs day, minutes and kind, so nothing else about the person is collected.
 */
@Entity
@Table(name = "effort_entry")
public class EffortEntry {

    public static final int MAX_MINUTES = 720;
    public static final int MAX_ACTOR_LENGTH = 100;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "worked_on", nullable = false)
    private LocalDate workedOn;

    @Column(nullable = false)
    private int minutes;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private EffortKind kind;

    @Column(name = "recorded_by", nullable = false, length = MAX_ACTOR_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected EffortEntry() {
    }

    /**
     * An entry for a day that is not in the future (Europe/Zurich) and not before the case was opened, of 1 to
     * {@value #MAX_MINUTES} minutes.
     */
    public static EffortEntry record(UUID caseId, LocalDate caseOpenedOn, LocalDate workedOn, int minutes,
                                     EffortKind kind, String recordedBy, Clock clock) {
        if (workedOn.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("workedOn", "must not lie in the future");
        }
        if (caseOpenedOn != null && workedOn.isBefore(caseOpenedOn)) {
            throw ProblemException.invalidField("workedOn", "must not lie before the case was opened ("
                    + caseOpenedOn + ")");
        }
        if (minutes < 1 || minutes > MAX_MINUTES) {
            throw ProblemException.invalidField("minutes", "must be between 1 and " + MAX_MINUTES);
        }
        EffortEntry entry = new EffortEntry();
        entry.id = UUID.randomUUID();
        entry.caseId = caseId;
        entry.workedOn = workedOn;
        entry.minutes = minutes;
        entry.kind = kind;
        entry.recordedBy = recordedBy.length() > MAX_ACTOR_LENGTH ? recordedBy.substring(0, MAX_ACTOR_LENGTH)
                : recordedBy;
        entry.recordedAt = OffsetDateTime.now(clock);
        return entry;
    }

    public UUID id() {
        return id;
    }

    public UUID caseId() {
        return caseId;
    }

    public LocalDate workedOn() {
        return workedOn;
    }

    public int minutes() {
        return minutes;
    }

    public EffortKind kind() {
        return kind;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
