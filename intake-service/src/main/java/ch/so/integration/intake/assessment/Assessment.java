package ch.so.integration.intake.assessment;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
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
 * DC-15: the assessment (Einschätzung) that governs every move between work areas, profiles and settings; an entry
 * from stationary housing always goes through it. It recommends a setting, one to five work areas and a Pensum.
 * Recorded once it is done, so it is {@link AssessmentStatus#COMPLETED} from the start and never changes.
 *
 * <p>Placement asks {@link #coversPlacementOf(UUID, String, LocalDate)} before it accepts an entry from stationary
 * housing or a transfer.
 */
@Entity
@Table(name = "assessment")
public class Assessment {

    /** DC-15 */
    public static final String RULE = "DC-15";
    /**
     * How long an assessment backs a placement change: its date may lie at most six months before the change's
     * effective date. Later, the participant is assessed again.
     */
    public static final Period VALIDITY = Period.ofMonths(6);
    public static final int MIN_AREAS = 1;
    public static final int MAX_AREAS = 5;
    public static final int MAX_AREA_LENGTH = 60;
    public static final int MAX_ASSESSOR_LENGTH = 100;
    public static final int MAX_SUMMARY_LENGTH = 4000;
    /** DC-05: Pensum in 10 % steps. */
    public static final int PENSUM_STEP = 10;

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "assessed_on", nullable = false)
    private LocalDate date;

    @Column(nullable = false, length = MAX_ASSESSOR_LENGTH)
    private String assessor;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private AssessmentReason reason;

    @Enumerated(EnumType.STRING)
    @Column(name = "recommended_setting", nullable = false, length = 40)
    private RecommendedSetting recommendedSetting;

    @ElementCollection
    @CollectionTable(name = "assessment_area", joinColumns = @JoinColumn(name = "assessment_id"))
    @OrderColumn(name = "position")
    @Column(name = "area", nullable = false, length = MAX_AREA_LENGTH)
    private List<String> recommendedAreas = new ArrayList<>();

    @Column(name = "recommended_pensum_percent", nullable = false)
    private int recommendedPensumPercent;

    @Column(nullable = false, length = MAX_SUMMARY_LENGTH)
    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private AssessmentStatus status;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    @Version
    private long version;

    protected Assessment() {
    }

    /**
     * Records a completed assessment. Refuses (400, naming the field) a date in the future, zero or more than five
     * areas, a blank, too long or repeated area (case-insensitive), and a Pensum outside 10 to 100 in 10 % steps.
     */
    public static Assessment record(UUID personId, LocalDate date, String assessor, AssessmentReason reason,
                                    RecommendedSetting recommendedSetting, List<String> recommendedAreas,
                                    int recommendedPensumPercent, String summary, Clock clock) {
        if (date.isAfter(LocalDate.now(clock))) {
            throw ProblemException.invalidField("date", "must not lie in the future");
        }
        if (!isValidPensum(recommendedPensumPercent)) {
            throw ProblemException.invalidField("recommendedPensumPercent", "must be 10 to 100 in steps of 10 (DC-05)");
        }
        Assessment assessment = new Assessment();
        assessment.id = UUID.randomUUID();
        assessment.personId = personId;
        assessment.date = date;
        assessment.assessor = required("assessor", assessor, MAX_ASSESSOR_LENGTH);
        assessment.reason = reason;
        assessment.recommendedSetting = recommendedSetting;
        assessment.recommendedAreas = areas(recommendedAreas);
        assessment.recommendedPensumPercent = recommendedPensumPercent;
        assessment.summary = required("summary", summary, MAX_SUMMARY_LENGTH);
        assessment.status = AssessmentStatus.COMPLETED;
        assessment.recordedAt = OffsetDateTime.now(clock);
        return assessment;
    }

    public static boolean isValidPensum(int pensumPercent) {
        return pensumPercent >= PENSUM_STEP && pensumPercent <= 100 && pensumPercent % PENSUM_STEP == 0;
    }

    /**
     * DC-15: whether this assessment backs a placement change of {@code personId} into {@code setting} taking effect
     * on {@code effectiveDate}: the same person, the recommended setting (by name, e.g. {@code IVSE_B_STATIONARY}),
     * assessed on or before the effective date and not more than {@link #VALIDITY} (six months) before it, so an
     * assessment of 2026-05-31 covers changes up to and including 2026-11-30.
     */
    public boolean coversPlacementOf(UUID personId, String setting, LocalDate effectiveDate) {
        Objects.requireNonNull(effectiveDate, "effectiveDate");
        return this.personId.equals(personId)
                && recommendedSetting.name().equals(setting)
                && !date.isAfter(effectiveDate)
                && !effectiveDate.isAfter(validUntil());
    }

    /** The last effective date this assessment covers. */
    public LocalDate validUntil() {
        return date.plus(VALIDITY);
    }

    private static List<String> areas(List<String> areas) {
        if (areas == null || areas.size() < MIN_AREAS || areas.size() > MAX_AREAS) {
            throw ProblemException.invalidField("recommendedAreas", "must name 1 to 5 work areas");
        }
        List<String> normalised = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < areas.size(); i++) {
            String area = required("recommendedAreas[" + i + "]", areas.get(i), MAX_AREA_LENGTH);
            if (!seen.add(area.toLowerCase(Locale.ROOT))) {
                throw ProblemException.invalidField("recommendedAreas[" + i + "]", "names an area twice");
            }
            normalised.add(area);
        }
        return normalised;
    }

    private static String required(String field, String text, int maxLength) {
        if (text == null || text.isBlank()) {
            throw ProblemException.invalidField(field, "is required");
        }
        String stripped = text.strip();
        if (stripped.length() > maxLength) {
            throw ProblemException.invalidField(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    /** The day the assessment was made. */
    public LocalDate date() {
        return date;
    }

    /** The staff member who assessed (name or short id). */
    public String assessor() {
        return assessor;
    }

    public AssessmentReason reason() {
        return reason;
    }

    /** The recommended setting's name: one of {@link RecommendedSetting}. */
    public String recommendedSetting() {
        return recommendedSetting.name();
    }

    /** The recommended work areas, 1 to 5, in the assessor's order. */
    public List<String> recommendedAreas() {
        return List.copyOf(recommendedAreas);
    }

    public int recommendedPensumPercent() {
        return recommendedPensumPercent;
    }

    public String summary() {
        return summary;
    }

    public AssessmentStatus status() {
        return status;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
