package ch.so.integration.daycenter.incident;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.web.ProblemException;

/**
 * DC-17: boundary-violating behaviour, recorded with the recording grid (when, where, who was involved by role,
 * what happened, the immediate measures), graded with the classification grid (Bündner Standard: type and severity
 * level) and followed by the crisis interventions it needed. The participant is named only by the placement id
 * (and intake's person id, for the audit); other persons by role, staff by short id.
 */
@Entity
@Table(name = "incident")
public class Incident {

    public static final String RULE = "DC-17";
    public static final int MAX_ACTOR_LENGTH = 100;
    public static final int MAX_TEXT_LENGTH = 4000;
    public static final int MAX_MEASURES_LENGTH = 2000;
    public static final int MAX_OTHERS_LENGTH = 500;
    public static final int MAX_LOCATION_LENGTH = 100;
    public static final int MAX_STAFF = 10;

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    /** The work area or other place where it happened. */
    @Column(nullable = false, length = MAX_LOCATION_LENGTH)
    private String location;

    @ElementCollection
    @CollectionTable(name = "incident_staff", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    @Column(name = "staff", nullable = false, length = MAX_ACTOR_LENGTH)
    private List<String> staffInvolved = new ArrayList<>();

    /** Other persons involved, by role (e.g. "another participant", "visitor"), without names where possible. */
    @Column(name = "others_involved", length = MAX_OTHERS_LENGTH)
    private String othersInvolved;

    @Column(name = "what_happened", nullable = false, length = MAX_TEXT_LENGTH)
    private String whatHappened;

    @Column(name = "immediate_measures", nullable = false, length = MAX_MEASURES_LENGTH)
    private String immediateMeasures;

    @Column(name = "recorded_by", nullable = false, length = MAX_ACTOR_LENGTH)
    private String recordedBy;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @ElementCollection
    @CollectionTable(name = "incident_grading", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    private List<Grading> gradings = new ArrayList<>();

    @ElementCollection
    @CollectionTable(name = "incident_crisis_intervention", joinColumns = @JoinColumn(name = "incident_id"))
    @OrderColumn(name = "position")
    private List<CrisisIntervention> crisisInterventions = new ArrayList<>();

    @Version
    private long version;

    protected Incident() {
    }

    /** DC-17 recording grid. The time may not lie in the future. */
    public static Incident record(UUID placementId, UUID personId, OffsetDateTime occurredAt, String location,
                                  List<String> staffInvolved, String othersInvolved, String whatHappened,
                                  String immediateMeasures, String recordedBy, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (occurredAt.isAfter(now)) {
            throw ProblemException.invalidField("occurredAt", "must not lie in the future");
        }
        Incident incident = new Incident();
        incident.id = UUID.randomUUID();
        incident.placementId = placementId;
        incident.personId = personId;
        incident.occurredAt = occurredAt;
        incident.location = location;
        incident.staffInvolved = new ArrayList<>(staffInvolved == null ? List.of() : staffInvolved);
        incident.othersInvolved = othersInvolved;
        incident.whatHappened = whatHappened;
        incident.immediateMeasures = immediateMeasures;
        incident.recordedBy = recordedBy;
        incident.recordedAt = now;
        return incident;
    }

    /**
     * DC-17 classification grid: type and severity level (1 to 4), with the reason. A regrading is added to the
     * gradings; the last one counts. Level 4 (criminally relevant) needs the decision whether the authorities are
     * notified, stated explicitly; the decision becomes part of the rationale.
     */
    public Grading grade(ViolenceType type, Integer severityLevel, String rationale, Boolean authoritiesNotified,
                         String gradedBy, Clock clock) {
        SeverityLevel severity = severityLevel == null ? null : SeverityLevel.of(severityLevel);
        if (type == null || severity == null) {
            throw ProblemException.rule(RULE, "A grading needs the type of violence (PHYSICAL, PSYCHOLOGICAL, "
                    + "SEXUAL) and a severity level from 1 to 4.");
        }
        if (rationale == null || rationale.isBlank()) {
            throw ProblemException.rule(RULE, "A grading needs its rationale.");
        }
        String text = rationale.strip();
        if (severity == SeverityLevel.CRIMINALLY_RELEVANT) {
            if (authoritiesNotified == null) {
                throw ProblemException.rule(RULE, "A criminally relevant incident (level 4) needs the decision "
                        + "whether the authorities are notified (authoritiesNotified true or false).");
            }
            text = text + (authoritiesNotified ? " [authorities notified]" : " [authorities not notified]");
        }
        if (text.length() > MAX_MEASURES_LENGTH) {
            throw ProblemException.invalidField("rationale", "is too long");
        }
        Grading grading = new Grading(type, severity, text, gradedBy, OffsetDateTime.now(clock));
        gradings.add(grading);
        return grading;
    }

    /** DC-17: a crisis intervention for this incident; not before the incident, not in the future. */
    public CrisisIntervention logCrisisIntervention(OffsetDateTime at, String intervenedBy, String what,
                                                    String recordedBy, Clock clock) {
        OffsetDateTime now = OffsetDateTime.now(clock);
        if (at.isAfter(now)) {
            throw ProblemException.invalidField("occurredAt", "must not lie in the future");
        }
        if (at.isBefore(occurredAt)) {
            throw ProblemException.rule(RULE, "A crisis intervention cannot precede the incident it responds to.");
        }
        CrisisIntervention intervention = new CrisisIntervention(at, intervenedBy, what, recordedBy, now);
        crisisInterventions.add(intervention);
        return intervention;
    }

    /** The grading that counts (the last), or null before the first. */
    public Grading currentGrading() {
        return gradings.isEmpty() ? null : gradings.getLast();
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

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String location() {
        return location;
    }

    public List<String> staffInvolved() {
        return List.copyOf(staffInvolved);
    }

    public String othersInvolved() {
        return othersInvolved;
    }

    public String whatHappened() {
        return whatHappened;
    }

    public String immediateMeasures() {
        return immediateMeasures;
    }

    public String recordedBy() {
        return recordedBy;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }

    public List<Grading> gradings() {
        return List.copyOf(gradings);
    }

    public List<CrisisIntervention> crisisInterventions() {
        return crisisInterventions.stream()
                .sorted(java.util.Comparator.comparing(CrisisIntervention::occurredAt)).toList();
    }
}
