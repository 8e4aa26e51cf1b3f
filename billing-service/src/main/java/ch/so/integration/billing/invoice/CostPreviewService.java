package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import ch.so.integration.billing.calculation.CoachingSession;
import ch.so.integration.billing.calculation.ParticipantMonth;
import ch.so.integration.billing.calculation.Placement;
import ch.so.integration.billing.calculation.ServiceDay;
import ch.so.integration.billing.invoice.api.CostPreviewRequest;
import ch.so.integration.billing.invoice.api.CostPreviewView;
import ch.so.integration.billing.participation.BillableMonth;
import ch.so.integration.billing.payer.Financing;
import ch.so.integration.billing.payer.GrantedInstrument;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.payer.ServicePeriod;
import ch.so.integration.billing.payer.WaiverApplication;
import ch.so.integration.billing.tariff.ProviderTariff;
import ch.so.integration.billing.tariff.TariffUnit;
import ch.so.integration.platform.web.ProblemException;

/**
 * Issue #5 item 7: the cost preview. It builds the month the run would see for a participant in a full month of the
 * programme (not the entry or exit month) and bills it with the run's own {@link MonthBilling}: the same rules, the
 * same tariff tables, the same rounding and split. The instrument is assumed granted for the month (the preview is
 * what the cost approval will be asked for). No personal data is kept or logged.
 */
@ApplicationScoped
public class CostPreviewService {

    static final String PREVIEW_PARTICIPANT = "Teilnehmer/in";
    static final String REQUESTED = "beantragt";

    private final BillingRules rules;
    private final Clock clock;

    CostPreviewService(BillingRules rules, Clock clock) {
        this.rules = rules;
        this.clock = clock;
    }

    /** One transaction, so that the tariff tables are read as one consistent set. */
    @jakarta.transaction.Transactional
    public CostPreviewView preview(CostPreviewRequest request) {
        YearMonth month = request.month() == null ? YearMonth.now(clock).plusMonths(1) : YearMonth.parse(request.month());
        List<ProviderTariff> tariffs = new ArrayList<>();
        if (request.tariffPerDay() != null) {
            tariffs.add(new ProviderTariff(request.programmeType(), TariffUnit.DAY, request.tariffPerDay()));
        }
        if (request.tariffPerCoachingHour() != null) {
            tariffs.add(new ProviderTariff(request.programmeType(), TariffUnit.COACHING_HOUR,
                    request.tariffPerCoachingHour()));
        }
        if (request.tariffPerHourWorked() != null) {
            tariffs.add(new ProviderTariff(request.programmeType(), TariffUnit.HOUR_WORKED,
                    request.tariffPerHourWorked()));
        }
        // entered in the month before: the preview month is a full month (AM-07: 21.7 days, pro rata)
        Placement placement = new Placement(PREVIEW_PARTICIPANT, request.programmeType(),
                month.minusMonths(1).atDay(1), null, request.daysPerWeek(), request.hoursPerDay(), tariffs);
        List<CoachingSession> sessions = new ArrayList<>();
        List<Integer> minutes = request.coachingSessionMinutes() == null ? List.of() : request.coachingSessionMinutes();
        for (int i = 0; i < minutes.size(); i++) {
            sessions.add(new CoachingSession(month.atDay(Math.min(i + 1, month.lengthOfMonth())), minutes.get(i)));
        }
        List<ServiceDay> days = hoursWorked(month, request.hoursWorkedPerMonth(), request.hoursPerDay());
        ServicePeriod period = ServicePeriod.month(month);
        Financing financing;
        try {
            CostPreviewRequest.FinancingInput f = request.financing();
            GrantedInstrument assumed = f.instrument() == InstrumentKind.CANTON_SUBSIDY ? null
                    : new GrantedInstrument(REQUESTED, period.firstDay(), period.lastDay());
            financing = new Financing(f.instrument(), f.debtorKind(), f.debtorName(), assumed);
        } catch (IllegalArgumentException wrong) {
            throw ProblemException.invalidField("financing.debtorKind", wrong.getMessage());
        }
        WaiverApplication waiver = null;
        if (request.waiverApplication() != null) {
            if (financing.instrument() != InstrumentKind.CANTON_SUBSIDY) {
                throw ProblemException.invalidField("waiverApplication",
                        "AM-06: a waiver applies only to the canton subsidy (CANTON_SUBSIDY)");
            }
            CostPreviewRequest.WaiverInput w = request.waiverApplication();
            try {
                waiver = new WaiverApplication(w.residenceCanton(), w.permit(),
                        w.cashBenefits() == null ? Set.of() : w.cashBenefits(), w.householdSize(),
                        w.monthlyHouseholdIncome(), w.householdAssets());
            } catch (IllegalArgumentException wrong) {
                throw ProblemException.invalidField("waiverApplication", wrong.getMessage());
            }
        }
        BillableMonth.Programme billable;
        try {
            billable = new BillableMonth.Programme(UUID.randomUUID(), null, PREVIEW_PARTICIPANT, month,
                    new ParticipantMonth(placement, month, days, sessions, null), period, financing, waiver);
        } catch (IllegalArgumentException wrong) {
            throw ProblemException.invalidField("programmeType", wrong.getMessage());
        }
        return view(month, rules.monthBilling().bill(billable));
    }

    /** Suchthilfe Stundenlohn: the planned hours as days of the agreed hours, from the 1st. */
    private static List<ServiceDay> hoursWorked(YearMonth month, BigDecimal total, BigDecimal perDay) {
        List<ServiceDay> days = new ArrayList<>();
        if (total == null || total.signum() == 0) {
            return days;
        }
        BigDecimal left = total;
        int day = 1;
        while (left.signum() > 0) {
            if (day > month.lengthOfMonth()) {
                throw ProblemException.invalidField("hoursWorkedPerMonth", "more hours than the month holds at "
                        + perDay.stripTrailingZeros().toPlainString() + " h a day");
            }
            BigDecimal hours = left.min(perDay);
            days.add(new ServiceDay(LocalDate.of(month.getYear(), month.getMonth(), day++), hours));
            left = left.subtract(hours);
        }
        return days;
    }

    private static CostPreviewView view(YearMonth month, MonthBilling.Outcome outcome) {
        return switch (outcome) {
            case MonthBilling.Open open -> new CostPreviewView(month.toString(), "CHF", List.of(), open.amount(),
                    List.of(), new CostPreviewView.OpenItem(open.rule(), open.reason()));
            case MonthBilling.Billed billed -> new CostPreviewView(month.toString(), billed.currency(),
                    billed.calculation().stream().map(CostPreviewService::line).toList(), billed.amount(),
                    billed.charges().stream().map(c -> new CostPreviewView.Payer(c.debtor().role().name(),
                            c.debtor().name(), c.amount(), c.lines().stream().map(CostPreviewService::line).toList()))
                            .toList(), null);
        };
    }

    private static CostPreviewView.Line line(MonthBilling.Line line) {
        return new CostPreviewView.Line(line.rule(), line.text(), line.amount());
    }
}
