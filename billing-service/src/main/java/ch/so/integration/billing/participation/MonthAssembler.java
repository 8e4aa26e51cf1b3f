package ch.so.integration.billing.participation;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import ch.so.integration.billing.calculation.ParticipantMonth;
import ch.so.integration.billing.calculation.Placement;
import ch.so.integration.billing.payer.Financing;
import ch.so.integration.billing.payer.ServicePeriod;
import ch.so.integration.billing.record.MonthRecords;
import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.ProviderTariff;
import ch.so.integration.billing.tariff.TariffUnit;

/**
 * Assembles what the monthly run bills of one participation in one month, as a pure function of billing's view
 * (participation, instruments, the day center's month) and the provider's records. Readings:
 * <ul>
 * <li>AM-05 (PG-05, DC-14 for the other kinds): without any applicable financing instrument the month is not
 * billable; a requested instrument is passed on (the splitter makes its own open item where a grant is needed).</li>
 * <li>AM-07: an AMI month needs the agreed schedule (days per week, hours per day); without it, not billable.</li>
 * <li>DC-05: a day-center month is billed only once the day center closed it; its actual Pensum and IBB level
 * (none: assessment pending) are billed; the admission day is the entry date. DC-07: see
 * {@link ParticipationTerms#stationaryWithoutExternalDayStructure()}, on the terms valid on the last billed day.</li>
 * <li>PG-05: a pass(t)genau month carries the hours recorded per module.</li>
 * </ul>
 */
public final class MonthAssembler {

    static final String SCHEDULE_MISSING = "schedule missing: record the agreed days per week and hours per day";
    static final String NOT_CLOSED = "month not closed by the day center";

    private MonthAssembler() {
    }

    /**
     * @param dayCenterMonth the day center's month (day-center places), null when not closed
     * @param records        the provider's records of the month (AMI, pass(t)genau)
     * @return empty when the participation did not run in the month
     */
    public static Optional<BillableMonth> assemble(Participation p, UUID creditorId, YearMonth month,
                                                   List<Instrument> instruments, DayCenterMonth dayCenterMonth,
                                                   MonthRecords records) {
        return assemble(p, creditorId, month, instruments, dayCenterMonth, records, null);
    }

    /**
     * @param earlierAbort an abort or no-show recorded in an earlier month (AM-07), or null: while intake has not
     *                     ended the placement, later months are not billed as full months but left to the back office
     */
    public static Optional<BillableMonth> assemble(Participation p, UUID creditorId, YearMonth month,
                                                   List<Instrument> instruments, DayCenterMonth dayCenterMonth,
                                                   MonthRecords records,
                                                   ch.so.integration.billing.calculation.AbortEvent earlierAbort) {
        Optional<ServicePeriod> billed = p.periodIn(month);
        if (billed.isEmpty()) {
            return Optional.empty();
        }
        ServicePeriod period = billed.get();
        String name = p.participantName();
        String financingRule = switch (p.kind()) {
            case AMI_PROGRAMME -> "AM-05";
            case DAY_CENTER -> "DC-14";
            case PASST_GENAU -> "PG-05";
        };
        Optional<Instrument> instrument = FinancingSelection.applicable(instruments, period);
        if (instrument.isEmpty()) {
            return Optional.of(new BillableMonth.NotBillable(p.id(), creditorId, name, month, financingRule,
                    "no financing instrument for " + period + " (none requested, or refused)"));
        }
        Financing financing;
        try {
            financing = FinancingSelection.financing(instrument.get(), name);
        } catch (IllegalArgumentException e) {
            return Optional.of(new BillableMonth.NotBillable(p.id(), creditorId, name, month, financingRule,
                    "financing cannot be billed: " + e.getMessage()));
        }
        if (earlierAbort != null && p.kind() == ParticipationKind.AMI_PROGRAMME) {
            return Optional.of(new BillableMonth.NotBillable(p.id(), creditorId, name, month, "AM-07",
                    "nach " + earlierAbort.kind().label() + " am " + earlierAbort.date()
                            + " höchstens 5 Tage oder 2 Coachingstunden: der Austritt ist bei intake zu erfassen"));
        }
        return Optional.of(switch (p.kind()) {
            case AMI_PROGRAMME -> programme(p, creditorId, month, period, financing, records);
            case DAY_CENTER -> dayCenter(p, creditorId, month, period, financing, dayCenterMonth);
            case PASST_GENAU -> passtGenau(p, creditorId, month, period, financing, records);
        });
    }

    private static BillableMonth programme(Participation p, UUID creditorId, YearMonth month, ServicePeriod period,
                                           Financing financing, MonthRecords records) {
        String name = p.participantName();
        Optional<Participation.Programme> programme = p.programme();
        ProgrammeType type = programme.map(Participation.Programme::programmeType).flatMap(MonthAssembler::type)
                .orElse(null);
        if (type == null) {
            return new BillableMonth.NotBillable(p.id(), creditorId, name, month, "AM-01",
                    "programme type and tariffs unknown (intake sent no programme terms)");
        }
        Optional<Participation.Schedule> schedule = p.schedule();
        if (schedule.isEmpty()) {
            return new BillableMonth.NotBillable(p.id(), creditorId, name, month, "AM-07", SCHEDULE_MISSING);
        }
        Placement placement = new Placement(name, type, p.entryDate(), p.exitDate(), schedule.get().daysPerWeek(),
                schedule.get().hoursPerDay(), tariffs(type, programme.get()));
        MonthRecords month_ = records == null ? new MonthRecords(List.of(), List.of(), null, List.of()) : records;
        ParticipantMonth input = new ParticipantMonth(placement, month, month_.days(), month_.sessions(),
                month_.abort());
        return new BillableMonth.Programme(p.id(), creditorId, name, month, input, period, financing,
                p.waiverApplication().orElse(null));
    }

    private static BillableMonth dayCenter(Participation p, UUID creditorId, YearMonth month, ServicePeriod period,
                                           Financing financing, DayCenterMonth closed) {
        if (closed == null) {
            return new BillableMonth.NotBillable(p.id(), creditorId, p.participantName(), month, "DC-05", NOT_CLOSED);
        }
        ParticipationTerms terms = p.termsOn(period.lastDay());
        return new BillableMonth.DayCenter(p.id(), creditorId, p.participantName(), month, closed.level(),
                p.entryDate(), BigDecimal.valueOf(closed.actualPensumPercent()),
                terms.stationaryWithoutExternalDayStructure(), period, financing);
    }

    private static BillableMonth passtGenau(Participation p, UUID creditorId, YearMonth month, ServicePeriod period,
                                            Financing financing, MonthRecords records) {
        List<BillableMonth.ModuleHours> hours = new ArrayList<>();
        if (records != null) {
            for (MonthRecords.ModuleHoursEntry entry : records.moduleHours()) {
                hours.add(new BillableMonth.ModuleHours(entry.module(), PasstGenauModules.label(entry.module()),
                        entry.hours()));
            }
        }
        return new BillableMonth.Passtgenau(p.id(), creditorId, p.participantName(), month, hours, period, financing);
    }

    /** AM-01: the provider's tariffs at placement, one per unit it is billed in. */
    static List<ProviderTariff> tariffs(ProgrammeType type, Participation.Programme programme) {
        List<ProviderTariff> tariffs = new ArrayList<>();
        if (programme.tariffPerDay() != null) {
            tariffs.add(new ProviderTariff(type, TariffUnit.DAY, programme.tariffPerDay()));
        }
        if (programme.tariffPerCoachingHour() != null) {
            tariffs.add(new ProviderTariff(type, TariffUnit.COACHING_HOUR, programme.tariffPerCoachingHour()));
        }
        if (programme.tariffPerHourWorked() != null) {
            tariffs.add(new ProviderTariff(type, TariffUnit.HOUR_WORKED, programme.tariffPerHourWorked()));
        }
        return tariffs;
    }

    /** Intake's programme type name as billing's own enum (same names). */
    static Optional<ProgrammeType> type(String name) {
        try {
            return name == null ? Optional.empty() : Optional.of(ProgrammeType.valueOf(name));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
