package ch.so.integration.iiz.roundtable;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
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

import ch.so.integration.platform.documents.ICalendar;
import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.web.ProblemException;

/**
 * IZ-07: a round-table meeting the coordinator organises: the professionals' 30-minute pre-meeting, then about one
 * hour with the client, focused on binding integration measures. The professionals and the client are invited
 * (at least one of each); the minutes are recorded once the session has begun.
 */
@Entity
@Table(name = "iiz_round_table")
public class RoundTable {

    public static final String RULE = "IZ-07";
    public static final int MAX_MINUTES_LENGTH = 20000;

    @Id
    private UUID id;

    @Column(name = "case_id", nullable = false)
    private UUID caseId;

    @Column(name = "meeting_date", nullable = false)
    private LocalDate meetingDate;

    @Column(name = "pre_meeting_start", nullable = false)
    private LocalTime preMeetingStart;

    @Column(name = "session_minutes", nullable = false)
    private int sessionMinutes;

    @Column(nullable = false, length = 200)
    private String location;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private RoundTableStatus status;

    @Column(name = "scheduled_by", nullable = false, length = 100)
    private String scheduledBy;

    @Column(name = "scheduled_at", nullable = false)
    private OffsetDateTime scheduledAt;

    @Column(length = MAX_MINUTES_LENGTH)
    private String minutes;

    @Column(name = "minutes_by", length = 100)
    private String minutesBy;

    @Column(name = "minutes_recorded_at")
    private OffsetDateTime minutesRecordedAt;

    @ElementCollection
    @CollectionTable(name = "iiz_round_table_invitee", joinColumns = @JoinColumn(name = "round_table_id"))
    @OrderColumn(name = "position")
    private List<Invitee> invitees = new ArrayList<>();

    @Version
    private long version;

    protected RoundTable() {
    }

    /**
     * IZ-07: schedules the meeting. Refused (400, naming the fields) when it lies in the past, when the session is not
     * about one hour (45 to 90 minutes), when it runs past midnight, or when the professionals or the client are not
     * invited (409 IZ-07).
     */
    public static RoundTable schedule(UUID caseId, RoundTableTimes times, String location, List<Invitee> invitees,
                                      String scheduledBy, Clock clock) {
        List<FieldError> errors = new ArrayList<>();
        if (times.preMeetingStarts().isBefore(LocalDateTime.now(clock))) {
            errors.add(new FieldError("date", "the meeting must not lie in the past"));
        }
        if (!times.sessionLengthAllowed()) {
            errors.add(new FieldError("sessionMinutes", "the session with the client takes about one hour: "
                    + RoundTableTimes.MIN_SESSION_MINUTES + " to " + RoundTableTimes.MAX_SESSION_MINUTES + " minutes"));
        } else if (!times.endsSameDay()) {
            errors.add(new FieldError("preMeetingStart", "the session must end on the same day"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.validation(errors);
        }
        boolean professionals = invitees.stream().anyMatch(i -> i.kind() == Invitee.Kind.PROFESSIONAL);
        boolean client = invitees.stream().anyMatch(i -> i.kind() == Invitee.Kind.CLIENT);
        if (!professionals || !client) {
            throw ProblemException.rule(RULE, "IZ-07: the coordinator invites the professionals involved and the client; "
                    + (professionals ? "the client is" : "no professional is") + " not invited.");
        }
        RoundTable table = new RoundTable();
        table.id = UUID.randomUUID();
        table.caseId = caseId;
        table.meetingDate = times.date();
        table.preMeetingStart = times.preMeetingStart();
        table.sessionMinutes = times.sessionMinutes();
        table.location = location.strip();
        table.status = RoundTableStatus.SCHEDULED;
        table.scheduledBy = scheduledBy.length() > 100 ? scheduledBy.substring(0, 100) : scheduledBy;
        table.scheduledAt = OffsetDateTime.now(clock);
        table.invitees.addAll(invitees);
        return table;
    }

    /** IZ-07: the minutes, once the session has begun; recorded once (the meeting is then HELD). */
    public void recordMinutes(String text, String by, Clock clock) {
        if (status != RoundTableStatus.SCHEDULED) {
            throw ProblemException.rule(RULE, "IZ-07: the round table is " + status + "; its minutes are recorded once.");
        }
        if (LocalDateTime.now(clock).isBefore(times().sessionStarts())) {
            throw ProblemException.rule(RULE, "IZ-07: the minutes are recorded after the session, which starts "
                    + times().sessionStarts() + ".");
        }
        this.minutes = text.strip();
        this.minutesBy = by.length() > 100 ? by.substring(0, 100) : by;
        this.minutesRecordedAt = OffsetDateTime.now(clock);
        this.status = RoundTableStatus.HELD;
    }

    public void cancel() {
        if (status != RoundTableStatus.SCHEDULED) {
            throw ProblemException.rule(RULE, "IZ-07: the round table is " + status + " and cannot be cancelled.");
        }
        status = RoundTableStatus.CANCELLED;
    }

    /** IZ-07: the invitation: two events, the pre-meeting (professionals) and the session with the client. */
    public List<ICalendar.Event> invitation() {
        RoundTableTimes t = times();
        long professionals = invitees.stream().filter(i -> i.kind() == Invitee.Kind.PROFESSIONAL).count();
        return List.of(
                new ICalendar.Event(id + "-pre-meeting@iiz.so.ch", t.preMeetingStarts(), t.sessionStarts(),
                        "iiz Runder Tisch: Vorbesprechung der Fachpersonen",
                        "Halbstündige Vorbesprechung unter den " + professionals + " eingeladenen Fachpersonen: "
                                + "Sitzungsziele und mögliche Integrationsstrategien. Fall " + caseId + ".", location),
                new ICalendar.Event(id + "-session@iiz.so.ch", t.sessionStarts(), t.sessionEnds(),
                        "iiz Runder Tisch: Sitzung mit Klientin / Klient",
                        "Sitzung mit der Klientin / dem Klienten, moderiert von der Koordinationsperson. Fokus: "
                                + "Festlegung verbindlicher Integrationsmassnahmen. Fall " + caseId + ".", location));
    }

    public RoundTableTimes times() {
        return new RoundTableTimes(meetingDate, preMeetingStart, sessionMinutes);
    }

    String fingerprint() {
        return meetingDate + "|" + preMeetingStart + "|" + sessionMinutes + "|" + location + "|" + invitees + "|" + minutes;
    }

    public UUID id() { return id; }
    public UUID caseId() { return caseId; }
    public LocalDate meetingDate() { return meetingDate; }
    public LocalTime preMeetingStart() { return preMeetingStart; }
    public int sessionMinutes() { return sessionMinutes; }
    public String location() { return location; }
    public RoundTableStatus status() { return status; }
    public String scheduledBy() { return scheduledBy; }
    public OffsetDateTime scheduledAt() { return scheduledAt; }
    public String minutes() { return minutes; }
    public String minutesBy() { return minutesBy; }
    public OffsetDateTime minutesRecordedAt() { return minutesRecordedAt; }
    public List<Invitee> invitees() { return List.copyOf(invitees); }
}
