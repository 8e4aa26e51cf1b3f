package ch.so.integration.billing.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import ch.so.integration.billing.payer.CashBenefit;
import ch.so.integration.billing.payer.ResidencePermit;
import ch.so.integration.billing.payer.ServicePeriod;
import ch.so.integration.billing.payer.WaiverApplication;

/**
 * Billing's view of one intake placement: who takes part (person id and "Name Vorname"), what is billed (kind,
 * programme provider and tariffs, day-center terms by effective date, pass(t)genau modules), when it ran (entry = the
 * activated start, exit = the last day) and what billing adds itself (the AMI schedule, an AM-06 waiver application).
 * Its id is intake's placement id. Changed only by intake's events, except schedule and waiver application.
 */
@Entity
@Table(name = "participation")
public class Participation {

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    /** "Name Vorname" as the invoice line shows it (personal data: audited, never logged). */
    @Column(name = "participant_name", nullable = false, length = 201)
    private String participantName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipationKind kind;

    /** Intake's placement type now (the IVSE B setting may change, DC-14). */
    @Column(name = "placement_type", nullable = false, length = 40)
    private String placementType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private ParticipationStatus status;

    @Column(name = "planned_start_date", nullable = false)
    private LocalDate plannedStartDate;

    /** The activated start date; null while pending. */
    @Column(name = "entry_date")
    private LocalDate entryDate;

    /** The last day, once ended. */
    @Column(name = "exit_date")
    private LocalDate exitDate;

    @Column(name = "exit_reason", length = 40)
    private String exitReason;

    @Column(name = "programme_id")
    private UUID programmeId;

    /** AM-07: intake's provider id of the programme; billing maps it to the creditor. */
    @Column(name = "provider_id")
    private UUID providerId;

    @Column(name = "provider_name", length = 200)
    private String providerName;

    /** Intake's programme type name (billing's {@code tariff.ProgrammeType} has the same names). */
    @Column(name = "programme_type", length = 40)
    private String programmeType;

    @Column(name = "tariff_per_day", precision = 10, scale = 2)
    private BigDecimal tariffPerDay;

    @Column(name = "tariff_per_coaching_hour", precision = 10, scale = 2)
    private BigDecimal tariffPerCoachingHour;

    @Column(name = "tariff_per_hour_worked", precision = 10, scale = 2)
    private BigDecimal tariffPerHourWorked;

    /** PG-05: intake's name of the cooperating provider (LEBENSHILFE_SUEDSCHWARZWALD, ST_JOSEFSHAUS). */
    @Column(name = "passt_genau_provider", length = 40)
    private String passtGenauProvider;

    /** AM-07: agreed days per week (1..5); null while no schedule is recorded. */
    @Column(name = "schedule_days_per_week")
    private Integer scheduleDaysPerWeek;

    @Column(name = "schedule_hours_per_day", precision = 4, scale = 2)
    private BigDecimal scheduleHoursPerDay;

    @Column(name = "waiver_residence_canton", length = 2)
    private String waiverResidenceCanton;

    @Column(name = "waiver_permit", length = 10)
    private String waiverPermit;

    /** Comma-separated {@link CashBenefit} names ("" for none). */
    @Column(name = "waiver_cash_benefits", length = 100)
    private String waiverCashBenefits;

    @Column(name = "waiver_household_size")
    private Integer waiverHouseholdSize;

    @Column(name = "waiver_monthly_household_income", precision = 12, scale = 2)
    private BigDecimal waiverMonthlyHouseholdIncome;

    @Column(name = "waiver_household_assets", precision = 14, scale = 2)
    private BigDecimal waiverHouseholdAssets;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "participation_terms", joinColumns = @JoinColumn(name = "participation_id"))
    @OrderBy("effectiveFrom")
    @BatchSize(size = 100)
    private List<ParticipationTerms> terms = new ArrayList<>();

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "participation_module", joinColumns = @JoinColumn(name = "participation_id"))
    @OrderColumn(name = "position")
    @BatchSize(size = 100)
    private List<BookedModule> modules = new ArrayList<>();

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected Participation() {
    }

    /** An AMI programme's provider, type and tariffs at placement (the agreement fixes them). */
    public record Programme(UUID programmeId, UUID providerId, String providerName, String programmeType,
                            BigDecimal tariffPerDay, BigDecimal tariffPerCoachingHour, BigDecimal tariffPerHourWorked) {
    }

    /** AM-07: the agreed schedule. */
    public record Schedule(int daysPerWeek, BigDecimal hoursPerDay) {
    }

    /** From intake's PlacementCreated: pending until activated. */
    public static Participation fromPlacement(UUID placementId, UUID personId, String officialName, String firstName,
                                              ParticipationKind kind, String placementType, LocalDate startDate,
                                              Integer pensumPercent, Integer billingBasisPensumPercent,
                                              Programme programme, String passtGenauProvider,
                                              List<BookedModule> modules, OffsetDateTime now) {
        Participation p = new Participation();
        p.id = placementId;
        p.personId = personId;
        p.participantName = participantName(officialName, firstName);
        p.kind = kind;
        p.placementType = placementType;
        p.status = ParticipationStatus.PENDING;
        p.plannedStartDate = startDate;
        if (programme != null) {
            p.programmeId = programme.programmeId();
            p.providerId = programme.providerId();
            p.providerName = programme.providerName();
            p.programmeType = programme.programmeType();
            p.tariffPerDay = programme.tariffPerDay();
            p.tariffPerCoachingHour = programme.tariffPerCoachingHour();
            p.tariffPerHourWorked = programme.tariffPerHourWorked();
        }
        p.passtGenauProvider = passtGenauProvider;
        p.modules = new ArrayList<>(modules == null ? List.of() : modules);
        p.terms.add(new ParticipationTerms(startDate, placementType, pensumPercent, billingBasisPensumPercent));
        p.createdAt = now;
        p.updatedAt = now;
        return p;
    }

    /** "Name Vorname", as the invoice shows the participant. */
    public static String participantName(String officialName, String firstName) {
        return (officialName.strip() + " " + firstName.strip()).strip();
    }

    /** PlacementActivated: the placement runs from its start date (the entry date). */
    void activate(LocalDate startDate, OffsetDateTime now) {
        if (status == ParticipationStatus.ENDED || status == ParticipationStatus.CANCELLED) {
            return;
        }
        status = ParticipationStatus.ACTIVE;
        entryDate = startDate != null ? startDate : plannedStartDate;
        updatedAt = now;
    }

    /** PlacementChanged (DC-14): the terms after the mutation, from its effective date on. */
    void change(LocalDate effectiveFrom, String newPlacementType, Integer pensumPercent,
                Integer billingBasisPensumPercent, OffsetDateTime now) {
        ParticipationTerms before = termsOn(effectiveFrom);
        String type = newPlacementType != null ? newPlacementType : before.placementType();
        ParticipationTerms next = new ParticipationTerms(effectiveFrom, type,
                pensumPercent != null ? pensumPercent : before.pensumPercent(),
                billingBasisPensumPercent != null ? billingBasisPensumPercent : before.billingBasisPensumPercent());
        terms.removeIf(t -> t.effectiveFrom().equals(effectiveFrom));
        terms.add(next);
        terms.sort(Comparator.comparing(ParticipationTerms::effectiveFrom));
        placementType = terms.getLast().placementType();
        updatedAt = now;
    }

    /** PlacementEnded: the last day; a placement that never started is cancelled and never billed. */
    void end(LocalDate lastDay, boolean cancelledBeforeStart, String reason, OffsetDateTime now) {
        status = cancelledBeforeStart || (status == ParticipationStatus.PENDING && entryDate == null)
                ? ParticipationStatus.CANCELLED : ParticipationStatus.ENDED;
        exitDate = lastDay;
        exitReason = reason;
        updatedAt = now;
    }

    /** AM-07: records the agreed days per week and hours per day. */
    void schedule(int daysPerWeek, BigDecimal hoursPerDay, OffsetDateTime now) {
        if (daysPerWeek < 1 || daysPerWeek > 5) {
            throw new IllegalArgumentException("days per week must be 1 to 5");
        }
        if (hoursPerDay.signum() <= 0 || hoursPerDay.compareTo(BigDecimal.valueOf(24)) > 0) {
            throw new IllegalArgumentException("hours per day must be above 0 and at most 24");
        }
        scheduleDaysPerWeek = daysPerWeek;
        scheduleHoursPerDay = hoursPerDay;
        updatedAt = now;
    }

    /** AM-06: records (or replaces) the participant's waiver application. */
    void applyForWaiver(WaiverApplication application, OffsetDateTime now) {
        waiverResidenceCanton = application.residenceCanton();
        waiverPermit = application.permit().name();
        waiverCashBenefits = application.cashBenefits().stream().map(Enum::name).sorted()
                .collect(Collectors.joining(","));
        waiverHouseholdSize = application.householdSize();
        waiverMonthlyHouseholdIncome = application.monthlyHouseholdIncome();
        waiverHouseholdAssets = application.householdAssets();
        updatedAt = now;
    }

    /** The terms valid on a day (the first terms for a day before the start). */
    public ParticipationTerms termsOn(LocalDate day) {
        ParticipationTerms valid = terms.getFirst();
        for (ParticipationTerms t : terms) {
            if (!t.effectiveFrom().isAfter(day)) {
                valid = t;
            }
        }
        return valid;
    }

    /**
     * The billed days of a month: from max(entry, 1st) to min(exit, last day); empty when the participation did not
     * run on a day of the month (pending, cancelled, entered later, or left earlier).
     */
    public Optional<ServicePeriod> periodIn(YearMonth month) {
        return BillingPeriod.of(status, entryDate, exitDate, month);
    }

    public Optional<Schedule> schedule() {
        return scheduleDaysPerWeek == null ? Optional.empty()
                : Optional.of(new Schedule(scheduleDaysPerWeek, scheduleHoursPerDay));
    }

    /** AM-06: the waiver application, or empty when none was recorded. */
    public Optional<WaiverApplication> waiverApplication() {
        if (waiverPermit == null) {
            return Optional.empty();
        }
        Set<CashBenefit> benefits = waiverCashBenefits == null || waiverCashBenefits.isBlank()
                ? Set.of() : EnumSet.copyOf(Arrays.stream(waiverCashBenefits.split(","))
                        .map(CashBenefit::valueOf).toList());
        return Optional.of(new WaiverApplication(waiverResidenceCanton, ResidencePermit.valueOf(waiverPermit),
                benefits, waiverHouseholdSize, waiverMonthlyHouseholdIncome, waiverHouseholdAssets));
    }

    public Optional<Programme> programme() {
        return programmeType == null && providerId == null ? Optional.empty()
                : Optional.of(new Programme(programmeId, providerId, providerName, programmeType, tariffPerDay,
                        tariffPerCoachingHour, tariffPerHourWorked));
    }

    public UUID id() { return id; }
    public UUID personId() { return personId; }
    public String participantName() { return participantName; }
    public ParticipationKind kind() { return kind; }
    public String placementType() { return placementType; }
    public ParticipationStatus status() { return status; }
    public LocalDate plannedStartDate() { return plannedStartDate; }
    public LocalDate entryDate() { return entryDate; }
    public LocalDate exitDate() { return exitDate; }
    public String exitReason() { return exitReason; }
    public UUID providerId() { return providerId; }
    public String passtGenauProvider() { return passtGenauProvider; }
    public List<ParticipationTerms> terms() { return List.copyOf(terms); }
    public List<BookedModule> modules() { return List.copyOf(modules); }
    public OffsetDateTime createdAt() { return createdAt; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
