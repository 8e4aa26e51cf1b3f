package ch.so.integration.daycenter.place;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A participant's place in the day center, opened when intake places the person. Identified by intake's placement
 * id; knows the person only by intake's person id and the name the team needs to greet them.
 */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "participant_official_name", nullable = false, length = 100)
    private String participantOfficialName;

    @Column(name = "participant_first_name", nullable = false, length = 100)
    private String participantFirstName;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "pensum_percent", nullable = false)
    private int pensumPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlaceStatus status;

    /** Intake's IVSE B setting: IVSE_B_STATIONARY, IVSE_B_SEMI_STATIONARY or IVSE_B_EXTERNAL. */
    @Column(name = "setting", length = 40)
    private String setting;

    /** DC-07: the Pensum the monthly flat rate is based on. */
    @Column(name = "billing_basis_pensum_percent")
    private Integer billingBasisPensumPercent;

    /** The work areas intake placed the participant in, by name. */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "place_work_area",
            joinColumns = @jakarta.persistence.JoinColumn(name = "placement_id"))
    @jakarta.persistence.OrderColumn(name = "position")
    @Column(name = "area", nullable = false, length = 80)
    @org.hibernate.annotations.BatchSize(size = 100)
    private java.util.List<String> workAreas = new java.util.ArrayList<>();

    /** The terms by effective date, oldest first (the current fields above hold the latest). */
    @jakarta.persistence.ElementCollection(fetch = jakarta.persistence.FetchType.LAZY)
    @jakarta.persistence.CollectionTable(name = "place_terms",
            joinColumns = @jakarta.persistence.JoinColumn(name = "placement_id"))
    @jakarta.persistence.OrderBy("effectiveFrom")
    @org.hibernate.annotations.BatchSize(size = 100)
    private java.util.List<PlaceTerms> terms = new java.util.ArrayList<>();

    /** The participant's case manager (account name): sees the participant's incidents (DC-17). */
    @Column(name = "case_manager", length = 100)
    private String caseManager;

    /** The last day, once the placement ended. */
    @Column(name = "end_date")
    private LocalDate endDate;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Version
    private long version;

    protected Place() {
    }

    static Place reserve(UUID placementId, UUID personId, String officialName, String firstName, LocalDate startDate,
                         int pensumPercent, String setting, Integer billingBasisPensumPercent,
                         java.util.List<String> workAreas, OffsetDateTime now) {
        Place place = new Place();
        place.placementId = placementId;
        place.personId = personId;
        place.participantOfficialName = officialName;
        place.participantFirstName = firstName;
        place.startDate = startDate;
        place.pensumPercent = pensumPercent;
        place.status = PlaceStatus.RESERVED;
        place.openedAt = now;
        place.setting = setting;
        place.billingBasisPensumPercent = billingBasisPensumPercent != null ? billingBasisPensumPercent : pensumPercent;
        place.workAreas = new java.util.ArrayList<>(workAreas == null ? java.util.List.of() : workAreas);
        place.terms.add(new PlaceTerms(startDate, setting, pensumPercent, place.billingBasisPensumPercent,
                place.workAreas));
        return place;
    }

    /** The placement started. */
    void activate() {
        if (status == PlaceStatus.RESERVED) {
            status = PlaceStatus.ACTIVE;
        }
    }

    /**
     * A mutation effective on a day: the terms after it (intake sends the full terms). Kept by effective date; the
     * current fields show the latest terms.
     */
    void change(LocalDate effectiveFrom, String newSetting, Integer newPensum, Integer newBillingBasis,
                java.util.List<String> newAreas) {
        if (terms.isEmpty()) {
            terms.add(termsOn(startDate));
        }
        PlaceTerms before = termsOn(effectiveFrom);
        PlaceTerms next = new PlaceTerms(effectiveFrom,
                newSetting != null ? newSetting : before.setting(),
                newPensum != null ? newPensum : before.pensumPercent(),
                newBillingBasis != null ? newBillingBasis : before.billingBasisPensumPercent(),
                newAreas != null && !newAreas.isEmpty() ? newAreas : before.workAreas());
        terms.removeIf(t -> t.effectiveFrom().equals(effectiveFrom));
        terms.add(next);
        terms.sort(java.util.Comparator.comparing(PlaceTerms::effectiveFrom));
        PlaceTerms latest = terms.getLast();
        applyCurrent(latest.setting(), latest.pensumPercent(), latest.billingBasisPensumPercent(), latest.workAreas());
    }

    /** The terms valid on a day (the first terms for a day before the start). */
    public PlaceTerms termsOn(LocalDate day) {
        if (terms.isEmpty()) {
            return new PlaceTerms(startDate, setting, pensumPercent, billingBasisPensumPercent, workAreas);
        }
        PlaceTerms valid = terms.getFirst();
        for (PlaceTerms t : terms) {
            if (!t.effectiveFrom().isAfter(day)) {
                valid = t;
            }
        }
        return valid;
    }

    /** The Pensum valid on a day. */
    public int pensumOn(LocalDate day) {
        return termsOn(day).pensumPercent();
    }

    /** The work areas valid on a day. */
    public java.util.List<String> workAreasOn(LocalDate day) {
        return termsOn(day).workAreas();
    }

    private void applyCurrent(String newSetting, Integer newPensum, Integer newBillingBasis,
                              java.util.List<String> newAreas) {
        if (newSetting != null) {
            setting = newSetting;
        }
        if (newPensum != null) {
            pensumPercent = newPensum;
        }
        if (newBillingBasis != null) {
            billingBasisPensumPercent = newBillingBasis;
        }
        if (newAreas != null && !newAreas.isEmpty()) {
            workAreas.clear();
            workAreas.addAll(newAreas);
        }
    }

    /** The placement ended with {@code lastDay}, or was cancelled before it started. */
    void end(LocalDate lastDay, boolean cancelledBeforeStart) {
        status = cancelledBeforeStart ? PlaceStatus.CANCELLED : PlaceStatus.ENDED;
        endDate = lastDay;
    }

    void assignCaseManager(String accountName) {
        this.caseManager = accountName;
    }

    /** The case manager's account name, or null while none is assigned. */
    public String caseManager() {
        return caseManager;
    }

    /** Intake's IVSE B setting, or null for a place opened before settings were known. */
    public String setting() {
        return setting;
    }

    public Integer billingBasisPensumPercent() {
        return billingBasisPensumPercent;
    }

    public java.util.List<String> workAreas() {
        return java.util.List.copyOf(workAreas);
    }

    public LocalDate endDate() {
        return endDate;
    }

    /** Whether the participant holds the place on a day: started, not ended, not cancelled. */
    public boolean holdsPlaceOn(LocalDate day) {
        return status != PlaceStatus.CANCELLED && !day.isBefore(startDate) && (endDate == null || !day.isAfter(endDate));
    }

    public UUID placementId() {
        return placementId;
    }

    public UUID personId() {
        return personId;
    }

    public String participantOfficialName() {
        return participantOfficialName;
    }

    public String participantFirstName() {
        return participantFirstName;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int pensumPercent() {
        return pensumPercent;
    }

    public PlaceStatus status() {
        return status;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }
}
