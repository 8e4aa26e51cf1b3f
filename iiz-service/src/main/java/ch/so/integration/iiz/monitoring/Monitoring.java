package ch.so.integration.iiz.monitoring;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-09: the coordinator monitors the plan with reviews (Standortbestimmungen) at an agreed interval: the interval in
 * weeks and the date the next review is due. Every review, scheduled or on demand, sets the next one to its date
 * plus the interval (never earlier than already due). A review is overdue from the day after it was due.
 */
@Entity
@Table(name = "iiz_monitoring")
public class Monitoring {

    public static final String RULE = "IZ-09";
    public static final int MAX_INTERVAL_WEEKS = 52;

    @Id
    @Column(name = "case_id")
    private UUID caseId;

    @Column(name = "interval_weeks", nullable = false)
    private int intervalWeeks;

    @Column(name = "next_review_on", nullable = false)
    private LocalDate nextReviewOn;

    @Column(name = "agreed_by", nullable = false, length = 100)
    private String agreedBy;

    @Column(name = "agreed_at", nullable = false)
    private OffsetDateTime agreedAt;

    @Version
    private long version;

    protected Monitoring() {
    }

    public static Monitoring of(UUID caseId) {
        Monitoring monitoring = new Monitoring();
        monitoring.caseId = caseId;
        return monitoring;
    }

    /** IZ-09: agrees (or changes) the interval and the next review's date, which must not lie in the past. */
    public void agree(int intervalWeeks, LocalDate nextReviewOn, String by, Clock clock) {
        if (intervalWeeks < 1 || intervalWeeks > MAX_INTERVAL_WEEKS) {
            throw ProblemException.invalidField("intervalWeeks", "must be between 1 and " + MAX_INTERVAL_WEEKS);
        }
        if (nextReviewOn.isBefore(LocalDate.now(clock))) {
            throw ProblemException.invalidField("nextReviewOn", "must not lie in the past");
        }
        this.intervalWeeks = intervalWeeks;
        this.nextReviewOn = nextReviewOn;
        this.agreedBy = by.length() > 100 ? by.substring(0, 100) : by;
        this.agreedAt = OffsetDateTime.now(clock);
    }

    /**
     * IZ-09: after a review held on {@code heldOn} the next is due one interval later; a review entered late (its
     * next date before the one already due) never moves the due date earlier.
     */
    public void reviewed(LocalDate heldOn) {
        LocalDate next = nextAfter(heldOn, intervalWeeks);
        if (next.isAfter(nextReviewOn)) {
            nextReviewOn = next;
        }
    }

    public static LocalDate nextAfter(LocalDate heldOn, int intervalWeeks) {
        return heldOn.plusWeeks(intervalWeeks);
    }

    public boolean overdueOn(LocalDate day) {
        return day.isAfter(nextReviewOn);
    }

    public UUID caseId() { return caseId; }
    public int intervalWeeks() { return intervalWeeks; }
    public LocalDate nextReviewOn() { return nextReviewOn; }
    public String agreedBy() { return agreedBy; }
    public OffsetDateTime agreedAt() { return agreedAt; }
}
