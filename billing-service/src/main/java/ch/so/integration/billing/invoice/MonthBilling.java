package ch.so.integration.billing.invoice;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ch.so.integration.billing.calculation.Chf;
import ch.so.integration.billing.calculation.InvoiceCalculator;
import ch.so.integration.billing.calculation.InvoiceLine;
import ch.so.integration.billing.participation.BillableMonth;
import ch.so.integration.billing.payer.CostSplitResult;
import ch.so.integration.billing.payer.CostSplitter;
import ch.so.integration.billing.payer.DayCenterBilling;
import ch.so.integration.billing.payer.InstrumentKind;
import ch.so.integration.billing.payer.PayerRole;
import ch.so.integration.billing.payer.Share;
import ch.so.integration.billing.payer.WaiverAssessor;
import ch.so.integration.billing.payer.WaiverDecision;
import ch.so.integration.billing.payer.WaiverLimits;
import ch.so.integration.billing.payer.WaiverPolicy;
import ch.so.integration.billing.tariff.AmiMaximumTariffs;
import ch.so.integration.billing.tariff.DayCenterFlatRates;
import ch.so.integration.billing.tariff.IbbLevel;
import ch.so.integration.billing.tariff.PasstgenauTariffs;
import ch.so.integration.billing.tariff.ServiceHourRate;

/**
 * One participant's month, billed: the calculation (AM-07, DC-05, DC-21, PG-05), rounded to CHF 0.05, then split
 * among who pays (AM-05, AM-06 with a waiver, DC-07, DC-09, PG-05). Pure: the tariff tables and the waiver settings
 * come in; the monthly run and the cost preview both call it, so a preview is the invoice's own arithmetic.
 *
 * <p>Each charge carries the lines its debtor's invoice shows for the participant: the calculation lines, the
 * rounding, then a deduction line per other payer's share, so that a charge's lines always sum to its amount.
 */
public final class MonthBilling {

    /** The rule name on the per-participant rounding line. */
    public static final String ROUNDING_RULE = InvoiceCalculator.ROUNDING_RULE;

    private final AmiMaximumTariffs maximumTariffs;
    private final DayCenterFlatRates flatRates;
    private final PasstgenauTariffs passtgenauTariffs;
    private final WaiverLimits waiverLimits;
    private final WaiverPolicy waiverPolicy;

    public MonthBilling(AmiMaximumTariffs maximumTariffs, DayCenterFlatRates flatRates,
                        PasstgenauTariffs passtgenauTariffs, WaiverLimits waiverLimits, WaiverPolicy waiverPolicy) {
        this.maximumTariffs = Objects.requireNonNull(maximumTariffs, "maximumTariffs");
        this.flatRates = Objects.requireNonNull(flatRates, "flatRates");
        this.passtgenauTariffs = Objects.requireNonNull(passtgenauTariffs, "passtgenauTariffs");
        this.waiverLimits = Objects.requireNonNull(waiverLimits, "waiverLimits");
        this.waiverPolicy = Objects.requireNonNull(waiverPolicy, "waiverPolicy");
    }

    /**
     * Who a charge goes to: the payer's role and name, and the currency (one invoice per debtor and currency). A
     * participant paying their own share (AM-06) or holding the personal budget (PG-05) is a debtor per participation
     * ({@code participationId} set): two people of the same name never share an invoice.
     */
    public record Debtor(PayerRole role, String name, String currency, UUID participationId) {
        public Debtor {
            Objects.requireNonNull(role, "role");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(currency, "currency");
            if (personal(role) != (participationId != null)) {
                throw new IllegalArgumentException("a participation id exactly for a participant debtor: " + role);
            }
        }

        /** A body (social office, AGS, canton, ...), not a person. */
        public Debtor(PayerRole role, String name, String currency) {
            this(role, name, currency, null);
        }

        /** Whether the debtor is the participant (their own share, or their personal budget). */
        public static boolean personal(PayerRole role) {
            return role == PayerRole.PARTICIPANT || role == PayerRole.BUDGET_HOLDER;
        }

        /** A stable key, e.g. {@code SOCIAL_OFFICE|Sozialregion Oberer Leberberg|CHF|}. */
        public String key() {
            return role + "|" + name + "|" + currency + "|" + (participationId == null ? "" : participationId);
        }
    }

    /** A line of an invoice in the making; {@code reference} is the debtor's instrument number, where there is one. */
    public record Line(String participant, String reference, String rule, String text, BigDecimal amount) {
        public Line {
            Objects.requireNonNull(participant, "participant");
            Objects.requireNonNull(rule, "rule");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(amount, "amount");
        }
    }

    /** What one debtor owes for the participant's month, with the lines that make it up. */
    public record Charge(Debtor debtor, BigDecimal amount, String reference, List<Line> lines) {
        public Charge {
            lines = List.copyOf(lines);
            BigDecimal sum = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(amount) != 0) {
                throw new IllegalStateException("lines " + sum + " do not make the charge " + amount);
            }
        }
    }

    public sealed interface Outcome permits Billed, Open {
        UUID participationId();

        String participant();
    }

    /** Billed: the month's amount and the charges, which sum to it. */
    public record Billed(UUID participationId, String participant, String currency, BigDecimal amount,
                         List<Line> calculation, List<Charge> charges) implements Outcome {
        public Billed {
            calculation = List.copyOf(calculation);
            charges = List.copyOf(charges);
            BigDecimal sum = charges.stream().map(Charge::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            if (sum.compareTo(amount) != 0) {
                throw new IllegalStateException("charges " + sum + " do not make the amount " + amount);
            }
        }
    }

    /** Not billable yet: an open item for the back office, citing the rule; {@code amount} where it is known. */
    public record Open(UUID participationId, String participant, String rule, String reason, BigDecimal amount)
            implements Outcome {
    }

    public Outcome bill(BillableMonth month) {
        return switch (month) {
            case BillableMonth.Programme p -> programme(p);
            case BillableMonth.DayCenter d -> dayCenter(d);
            case BillableMonth.Passtgenau g -> passtgenau(g);
            case BillableMonth.NotBillable n -> new Open(n.participationId(), n.participantName(), n.rule(),
                    n.reason(), null);
        };
    }

    private Outcome programme(BillableMonth.Programme p) {
        List<InvoiceLine> calculated;
        try {
            calculated = new InvoiceCalculator(maximumTariffs).lines(p.input());
        } catch (IllegalArgumentException refused) {
            String message = refused.getMessage() == null ? "" : refused.getMessage();
            return new Open(p.participationId(), p.participantName(), message.contains("AM-01") ? "AM-01" : "AM-07",
                    message, null);
        }
        List<Line> lines = new ArrayList<>();
        for (InvoiceLine line : calculated) {
            lines.add(new Line(p.participantName(), null, line.rule(), line.text(), line.amount()));
        }
        WaiverDecision waiver = null;
        BigDecimal amount = roundedCalculation(lines, p.participantName(), "CHF");
        if (p.financing().instrument() == InstrumentKind.CANTON_SUBSIDY && p.waiverApplication() != null) {
            waiver = WaiverAssessor.decide(p.waiverApplication(), CostSplitter.participantRest(amount), waiverLimits,
                    waiverPolicy);
        }
        return split(p.participationId(), p.participantName(), "CHF", amount, lines,
                CostSplitter.split(amount, p.period(), p.financing(), waiver), waiver);
    }

    private Outcome dayCenter(BillableMonth.DayCenter d) {
        LocalDate on = d.period().firstDay();
        BigDecimal rate;
        String rateText;
        try {
            if (d.ibbLevel() == IbbLevel.ASSESSMENT_PENDING) {
                rate = flatRates.assessmentPendingRate(d.admission(), on);
                long day = ChronoUnit.DAYS.between(d.admission(), on) + 1;
                rateText = "Einheitstarif bei laufender Abklärung (Tag " + day + " von "
                        + DayCenterFlatRates.ASSESSMENT_PENDING_MAX_DAYS + " ab Eintritt "
                        + Chf.date(d.admission()) + ")";
            } else {
                rate = flatRates.monthlyRate(d.ibbLevel(), on);
                rateText = "Monatspauschale IBB-Stufe " + d.ibbLevel().name().substring("LEVEL_".length());
            }
        } catch (IllegalArgumentException refused) {
            return new Open(d.participationId(), d.participantName(), "DC-21", refused.getMessage(), null);
        }
        int pensum;
        try {
            pensum = DayCenterBilling.billingPensum(d.pensumPercent(), d.stationaryWithoutExternalPlaceOrJob());
        } catch (IllegalArgumentException refused) {
            return new Open(d.participationId(), d.participantName(), "DC-05", refused.getMessage(), null);
        }
        BigDecimal exact = rate.multiply(BigDecimal.valueOf(pensum)).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
        String basis = d.stationaryWithoutExternalPlaceOrJob()
                ? "100 % (DC-07: stationär ohne externe Tagesstruktur oder Stelle)"
                : pensum + " % (DC-05: Pensum " + Chf.number(d.pensumPercent()) + " % in 10-%-Schritten)";
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(d.participantName(), null, d.stationaryWithoutExternalPlaceOrJob() ? "DC-21, DC-07"
                : "DC-21, DC-05", rateText + " " + Chf.format(rate) + " × " + basis + " = " + Chf.format(exact),
                exact));
        BigDecimal amount = roundedCalculation(lines, d.participantName(), "CHF");
        if (amount.compareTo(DayCenterBilling.amount(rate, pensum)) != 0) {
            throw new IllegalStateException("day-center amount differs from DC-05 billing");
        }
        CostSplitResult result;
        try {
            // DC-07, DC-09, DC-14: a day-center place is financed by KGS, KÜG, Evidence or another financing body
            result = DayCenterBilling.split(rate, d.pensumPercent(), d.stationaryWithoutExternalPlaceOrJob(),
                    d.period(), d.financing());
        } catch (IllegalArgumentException refused) {
            return new Open(d.participationId(), d.participantName(), "DC-14", refused.getMessage(), amount);
        }
        return split(d.participationId(), d.participantName(), "CHF", amount, lines, result, null);
    }

    private Outcome passtgenau(BillableMonth.Passtgenau g) {
        LocalDate on = g.period().firstDay();
        List<Line> lines = new ArrayList<>();
        String currency = null;
        for (BillableMonth.ModuleHours hours : g.hours()) {
            if (hours.hours().signum() == 0) {
                continue;
            }
            // PG-05: the module's own rate, else the rate for all modules
            ServiceHourRate rate = passtgenauTariffs.rateOn(on, hours.module()).orElse(null);
            if (rate == null) {
                return new Open(g.participationId(), g.participantName(), "PG-05",
                        "Kein Ansatz pro Fachleistungsstunde konfiguriert für " + hours.label() + " am "
                                + Chf.date(on), null);
            }
            String rateCurrency = rate.currency().getCurrencyCode();
            if (currency != null && !currency.equals(rateCurrency)) {
                return new Open(g.participationId(), g.participantName(), "PG-05",
                        "Ansätze in verschiedenen Währungen (" + currency + ", " + rateCurrency + ") im selben Monat",
                        null);
            }
            currency = rateCurrency;
            BigDecimal amount = hours.hours().multiply(rate.ratePerHour()).setScale(2, RoundingMode.HALF_UP);
            lines.add(new Line(g.participantName(), null, "PG-05", hours.label() + ": " + Chf.number(hours.hours())
                    + " Fachleistungsstunden × " + Chf.format(currency, rate.ratePerHour()) + " = "
                    + Chf.format(currency, amount), amount));
        }
        if (lines.isEmpty()) {
            return new Open(g.participationId(), g.participantName(), "PG-05",
                    "Keine Fachleistungsstunden im Monat erfasst", null);
        }
        BigDecimal amount = roundedCalculation(lines, g.participantName(), currency);
        return split(g.participationId(), g.participantName(), currency, amount, lines,
                CostSplitter.split(amount, g.period(), g.financing()), null);
    }

    /**
     * Sums the lines and rounds: CHF to 0.05 (Rappenrundung, half up), other currencies to the cent; a non-zero
     * rounding is added as its own line so that the lines make the amount.
     */
    private static BigDecimal roundedCalculation(List<Line> lines, String participant, String currency) {
        BigDecimal subtotal = lines.stream().map(Line::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2, RoundingMode.HALF_UP);
        BigDecimal amount = "CHF".equals(currency) ? Chf.roundTo5Rappen(subtotal) : subtotal;
        BigDecimal difference = amount.subtract(subtotal);
        if (difference.signum() != 0) {
            lines.add(new Line(participant, null, ROUNDING_RULE, "Rundung auf CHF 0.05: " + Chf.format(subtotal)
                    + " → " + Chf.format(amount) + " = " + Chf.format(difference) + " (kaufmännisch)", difference));
        }
        return amount;
    }

    private static Outcome split(UUID participationId, String participant, String currency, BigDecimal amount,
                                 List<Line> calculation, CostSplitResult result, WaiverDecision waiver) {
        return switch (result) {
            case CostSplitResult.OpenItem open -> new Open(participationId, participant, open.rule(), open.reason(),
                    amount);
            case CostSplitResult.Split split -> billed(participationId, participant, currency, amount, calculation,
                    split, waiver);
        };
    }

    private static Billed billed(UUID participationId, String participant, String currency, BigDecimal amount,
                                 List<Line> calculation, CostSplitResult.Split split, WaiverDecision waiver) {
        List<Charge> charges = new ArrayList<>();
        for (Share share : split.shares()) {
            if (share.amount().signum() == 0) {
                continue;
            }
            List<Line> lines = new ArrayList<>();
            for (Line line : calculation) {
                lines.add(new Line(line.participant(), share.reference(), line.rule(), line.text(), line.amount()));
            }
            for (Share other : split.shares()) {
                if (other != share && other.amount().signum() != 0) {
                    lines.add(new Line(participant, share.reference(), ruleOf(waiver),
                            "Abzüglich Anteil " + debtorName(other, participant) + shareNote(other, amount, waiver) + ": "
                                    + Chf.format(currency, other.amount().negate()), other.amount().negate()));
                }
            }
            if (waiver != null) {
                // the outcome only: the household's figures stay with billing (they are not on any invoice)
                lines.add(new Line(participant, share.reference(), "AM-06", waiverNote(waiver),
                        BigDecimal.ZERO.setScale(2)));
            }
            boolean personal = Debtor.personal(share.payer());
            charges.add(new Charge(new Debtor(share.payer(), debtorName(share, participant), currency,
                    personal ? participationId : null), share.amount(), share.reference(), lines));
        }
        return new Billed(participationId, participant, currency, amount, calculation, charges);
    }

    /**
     * The participant's own share (AM-06 rest) and a personal budget (PG-05: the participant holds it) go to the
     * participant by name: one invoice each, never one for all participants.
     */
    static String debtorName(Share share, String participant) {
        return share.payer() == PayerRole.PARTICIPANT || share.payer() == PayerRole.BUDGET_HOLDER
                ? participant : share.name();
    }

    private static String ruleOf(WaiverDecision waiver) {
        return waiver != null && waiver.outcome() != WaiverDecision.Outcome.NOT_ELIGIBLE ? "AM-06 Erlass" : "AM-06";
    }

    /** AM-06: the waiver decision in a line, without the household's income, assets or benefits. */
    static String waiverNote(WaiverDecision waiver) {
        return switch (waiver.outcome()) {
            case FULL_WAIVER -> "Erlassgesuch bewilligt (AM-06): der Kanton übernimmt auch den Rest von "
                    + Chf.format(waiver.rest());
            case PARTIAL_WAIVER -> "Erlassgesuch teilweise bewilligt (AM-06): der Kanton übernimmt "
                    + Chf.format(waiver.cantonPaysMore()) + " des Rests von " + Chf.format(waiver.rest())
                    + ", die Teilnehmerin / der Teilnehmer " + Chf.format(waiver.participantPays());
            case NOT_ELIGIBLE -> "Erlassgesuch abgelehnt (AM-06): der Rest von " + Chf.format(waiver.rest())
                    + " bleibt bei der Teilnehmerin / beim Teilnehmer";
        };
    }

    private static String shareNote(Share share, BigDecimal amount, WaiverDecision waiver) {
        if (share.payer() == PayerRole.CANTON) {
            return waiver == null || waiver.cantonPaysMore().signum() == 0
                    ? " (50 % von " + Chf.format(amount) + ")"
                    : " (50 % von " + Chf.format(amount) + " und Erlass " + Chf.format(waiver.cantonPaysMore()) + ")";
        }
        return "";
    }
}
