package ch.so.integration.billing.participation.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A participation as billing sees it. {@code financing}, {@code waiverApplication} and {@code dayCenterMonths} are
 * shown to the billing and admin roles on the single read only (a partner sees none of them: they reveal benefits
 * and finances).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParticipationView(UUID id, UUID personId, String participantName, String kind, String placementType,
                                String status, LocalDate plannedStartDate, LocalDate entryDate, LocalDate exitDate,
                                String exitReason, UUID creditorId, ProgrammeView programme,
                                String passtGenauProvider, ScheduleView schedule, List<TermsView> terms,
                                List<ModuleView> modules, List<InstrumentView> financing,
                                WaiverApplicationView waiverApplication, List<DayCenterMonthView> dayCenterMonths) {

    /** AM-01, AM-07: the programme's provider, type and tariffs at placement. */
    public record ProgrammeView(UUID programmeId, UUID providerId, String providerName, String programmeType,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tariffPerDay,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tariffPerCoachingHour,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal tariffPerHourWorked) {
    }

    /** AM-07: the agreed schedule. */
    public record ScheduleView(int daysPerWeek, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal hoursPerDay) {
    }

    /** DC-14: terms from a day on. */
    public record TermsView(LocalDate effectiveFrom, String placementType, Integer pensumPercent,
                            Integer billingBasisPensumPercent) {
    }

    /** PG-02: a booked module and its limits. */
    public record ModuleView(String module, String label, LocalDate plannedStart, LocalDate plannedEnd,
                             int plannedHours, Integer hourLimit, Integer monthlyHourLimit) {
    }

    /** A financing instrument of the participation. */
    public record InstrumentView(UUID instrumentId, String kind, String debtorKind, String debtorName, String number,
                                 String status, LocalDate neededFrom, LocalDate validFrom, LocalDate validTo,
                                 @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountLimit,
                                 LocalDate supersededFrom, UUID supersededBy) {
    }

    /** AM-06: the participant's waiver application. */
    public record WaiverApplicationView(String residenceCanton, String permit, List<String> cashBenefits,
                                        int householdSize,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal monthlyHouseholdIncome,
                                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal householdAssets) {
    }

    /** DC-05, DC-16: the day center's closed month and its revision (1 = as closed; more after corrections). */
    public record DayCenterMonthView(YearMonth month, Integer ibbLevel, int plannedPensumPercent,
                                     int actualPensumPercent, int daysWorked, int revision, LocalDate correctedDate) {
    }
}
