package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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

import ch.so.integration.billing.calculation.AbortEvent;
import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.ServiceDay;

/**
 * A participant's month as the provider submitted it (AM-07): attended days with hours, coaching sessions, at most one
 * abort or no-show. A submission replaces the month. The revision counts every change of the month's records,
 * including pass(t)genau module hours dated in it, so that the invoice run can tell a month changed after invoicing.
 */
@Entity
@Table(name = "service_record_month")
public class RecordedMonth {

    @Id
    private UUID id;

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    /** The first day of the month. */
    @Column(name = "month_start", nullable = false)
    private LocalDate monthStart;

    @Column(nullable = false)
    private int revision;

    @ElementCollection
    @CollectionTable(name = "service_record_day", joinColumns = @JoinColumn(name = "month_id"))
    @OrderColumn(name = "position")
    private List<RecordedDay> days = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "service_record_session", joinColumns = @JoinColumn(name = "month_id"))
    @OrderColumn(name = "position")
    private List<RecordedSession> sessions = new ArrayList<>();

    @Column(name = "abort_date")
    private LocalDate abortDate;

    @Enumerated(EnumType.STRING)
    @Column(name = "abort_kind", length = 20)
    private AbortEvent.Kind abortKind;

    /** When the records last changed (null while nothing was recorded). */
    @Column(name = "changed_at")
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected RecordedMonth() {
    }

    public static RecordedMonth open(UUID participationId, YearMonth month) {
        RecordedMonth recorded = new RecordedMonth();
        recorded.id = UUID.randomUUID();
        recorded.participationId = participationId;
        recorded.monthStart = month.atDay(1);
        return recorded;
    }

    /**
     * Replaces the month's days, sessions and abort with a validated submission (days and sessions of this month).
     * The first submission, even an empty one, is revision 1; an identical resubmission changes nothing.
     *
     * @return whether anything changed
     */
    public boolean replace(List<ServiceDay> newDays, List<CoachingSession> newSessions, AbortEvent abort,
                           Clock clock) {
        List<ServiceDay> sortedDays = newDays.stream().sorted(Comparator.comparing(ServiceDay::date)).toList();
        List<CoachingSession> sortedSessions = newSessions.stream()
                .sorted(Comparator.comparing(CoachingSession::date).thenComparingInt(CoachingSession::minutes))
                .toList();
        if (revision > 0 && sameDays(sortedDays) && sameSessions(sortedSessions) && Objects.equals(abort(), abort)) {
            return false;
        }
        days.clear();
        sortedDays.forEach(d -> days.add(new RecordedDay(d.date(), d.hours())));
        sessions.clear();
        sortedSessions.forEach(s -> sessions.add(new RecordedSession(s.date(), s.minutes())));
        abortDate = abort == null ? null : abort.date();
        abortKind = abort == null ? null : abort.kind();
        changed(clock);
        return true;
    }

    /** Module hours dated in this month were recorded or removed. */
    public void moduleHoursChanged(Clock clock) {
        changed(clock);
    }

    private void changed(Clock clock) {
        revision++;
        changedAt = OffsetDateTime.now(clock);
    }

    private boolean sameDays(List<ServiceDay> sorted) {
        if (sorted.size() != days.size()) {
            return false;
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (!sorted.get(i).date().equals(days.get(i).day())
                    || sorted.get(i).hours().compareTo(days.get(i).hours()) != 0) {
                return false;
            }
        }
        return true;
    }

    private boolean sameSessions(List<CoachingSession> sorted) {
        if (sorted.size() != sessions.size()) {
            return false;
        }
        for (int i = 0; i < sorted.size(); i++) {
            if (!sorted.get(i).date().equals(sessions.get(i).day())
                    || sorted.get(i).minutes() != sessions.get(i).minutes()) {
                return false;
            }
        }
        return true;
    }

    public UUID id() {
        return id;
    }

    public UUID participationId() {
        return participationId;
    }

    public YearMonth month() {
        return YearMonth.from(monthStart);
    }

    public int revision() {
        return revision;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    /** By date. */
    public List<ServiceDay> days() {
        return days.stream().map(d -> new ServiceDay(d.day(), normalised(d.hours()))).toList();
    }

    /** By date, then minutes. */
    public List<CoachingSession> sessions() {
        return sessions.stream().map(s -> new CoachingSession(s.day(), s.minutes())).toList();
    }

    /** Null when none. */
    public AbortEvent abort() {
        return abortDate == null ? null : new AbortEvent(abortDate, abortKind);
    }

    private static BigDecimal normalised(BigDecimal hours) {
        return hours.stripTrailingZeros().scale() < 0 ? hours.setScale(0) : hours.stripTrailingZeros();
    }
}
