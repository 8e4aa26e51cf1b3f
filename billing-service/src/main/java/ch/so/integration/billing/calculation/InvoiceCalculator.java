package ch.so.integration.billing.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import ch.so.integration.billing.tariff.AmiMaximumTariffs;
import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.ProviderTariff;
import ch.so.integration.billing.tariff.TariffUnit;

/**
 * AM-07/AM-08: a provider's monthly invoice lines from service records. Pure functions, no state besides the AM-01
 * table. Readings (also in the service README):
 * <ul>
 * <li>Entry month (the month holding the entry date), exit month (the month holding the exit date or an abort/no-show
 * event): the attended days are billed as they are ("effektiv").</li>
 * <li>Any other month counts 21.7 days whatever its workdays and whatever days were recorded; for an agreement of
 * fewer than five days a week pro rata: 21.7 × days-per-week / 5 (e.g. 3 days → 13.02 days).</li>
 * <li>A day under 4 h (exactly 4 h is a full day) is billed at 70 % of the day price; in a full month this applies
 * when the agreed hours per day are under 4.</li>
 * <li>Each coaching session is rounded up to the started quarter hour (7 min → 15 min, 61 min → 75 min).</li>
 * <li>After an unforeseen abort or a no-show at the start, records dated on or after the event are billed at most
 * 5 days (the first five, chronologically) and at most 2 coaching hours (after rounding); records before it are
 * billed normally.</li>
 * <li>Suchthilfe Stundenlohn: hours worked × tariff (at most CHF 4), at most CHF 350 a month; Teillohn: CHF 0.</li>
 * <li>Each line is rounded to the Rappen (HALF_UP); the invoice total is rounded to CHF 0.05 (HALF_UP), shown as its
 * own line.</li>
 * </ul>
 * Tariffs are checked against the AM-01 maxima valid on the first billed day of the month; a tariff above the maximum
 * is refused with an {@link IllegalArgumentException} naming AM-01.
 */
public final class InvoiceCalculator {

    public static final BigDecimal FULL_MONTH_DAYS = new BigDecimal("21.7");
    public static final BigDecimal SHORT_DAY_HOURS = new BigDecimal("4");
    public static final BigDecimal SHORT_DAY_SHARE = new BigDecimal("0.70");
    public static final int ABORT_MAX_DAYS = 5;
    public static final int ABORT_MAX_COACHING_QUARTERS = 8;
    public static final String ROUNDING_RULE = "Rappenrundung";

    private final AmiMaximumTariffs maximumTariffs;

    public InvoiceCalculator(AmiMaximumTariffs maximumTariffs) {
        this.maximumTariffs = maximumTariffs;
    }

    /** With the AM-01 table {@link AmiMaximumTariffs#DEFAULT}. */
    public InvoiceCalculator() {
        this(AmiMaximumTariffs.DEFAULT);
    }

    /** AM-07: the invoice of a provider for a month from the participant months (all of that month). */
    public MonthlyInvoice invoice(String provider, YearMonth month, List<ParticipantMonth> participantMonths) {
        List<InvoiceLine> lines = new ArrayList<>();
        for (ParticipantMonth pm : participantMonths) {
            if (!pm.month().equals(month)) {
                throw new IllegalArgumentException("records of " + pm.month() + " on the invoice of " + month);
            }
            lines.addAll(lines(pm));
        }
        BigDecimal subtotal = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add)
                .setScale(2);
        BigDecimal total = Chf.roundTo5Rappen(subtotal);
        BigDecimal difference = total.subtract(subtotal);
        InvoiceLine rounding = new InvoiceLine("", ROUNDING_RULE, "Rundung auf CHF 0.05: " + Chf.format(subtotal)
                + " → " + Chf.format(total) + " = " + Chf.format(difference) + " (Rappenrundung, kaufmännisch)",
                difference);
        return new MonthlyInvoice(provider, month, lines, subtotal, rounding, total);
    }

    /** AM-07: the invoice lines of one participant in one month. */
    public List<InvoiceLine> lines(ParticipantMonth pm) {
        Placement placement = pm.placement();
        YearMonth month = pm.month();
        LocalDate first = month.atDay(1).isBefore(placement.entryDate()) ? placement.entryDate() : month.atDay(1);
        LocalDate last = placement.exitDate() != null && placement.exitDate().isBefore(month.atEndOfMonth())
                ? placement.exitDate() : month.atEndOfMonth();
        if (first.isAfter(last)) {
            throw new IllegalArgumentException(placement.participant() + " is not in the programme in " + month);
        }
        pm.days().forEach(d -> requireWithin(d.date(), first, last, placement.participant()));
        pm.sessions().forEach(s -> requireWithin(s.date(), first, last, placement.participant()));
        if (pm.abort() != null) {
            requireWithin(pm.abort().date(), first, last, placement.participant());
        }
        for (ProviderTariff tariff : placement.tariffs()) {
            maximumTariffs.approve(tariff.type(), tariff.unit(), tariff.chf(), first);
        }

        String who = placement.participant();
        if (placement.type() == ProgrammeType.TEILLOHN) {
            return List.of(new InvoiceLine(who, "AM-01", "Teillohn: CHF 0.00 (AM-01: Teillohn kostet nichts)",
                    BigDecimal.ZERO.setScale(2)));
        }
        if (placement.type() == ProgrammeType.SUCHTHILFE_STUNDENLOHN) {
            return List.of(hourlyWage(pm, first));
        }
        List<InvoiceLine> lines = new ArrayList<>();
        Optional<ProviderTariff> dayTariff = placement.tariff(TariffUnit.DAY);
        if (dayTariff.isPresent()) {
            lines.addAll(dayLines(pm, dayTariff.get().chf()));
        } else if (!pm.days().isEmpty()) {
            throw new IllegalArgumentException("AM-01: " + placement.type().label() + " of " + who
                    + " has no day tariff but days were recorded");
        }
        Optional<ProviderTariff> coachingTariff = placement.tariff(TariffUnit.COACHING_HOUR);
        if (coachingTariff.isPresent()) {
            lines.addAll(coachingLines(pm, coachingTariff.get().chf()));
        } else if (!pm.sessions().isEmpty()) {
            throw new IllegalArgumentException("AM-01: " + placement.type().label() + " of " + who
                    + " has no coaching tariff but coaching sessions were recorded");
        }
        return lines;
    }

    private InvoiceLine hourlyWage(ParticipantMonth pm, LocalDate on) {
        Placement placement = pm.placement();
        BigDecimal rate = placement.tariff(TariffUnit.HOUR_WORKED).map(ProviderTariff::chf).orElseThrow(
                () -> new IllegalArgumentException("AM-01: Suchthilfe Stundenlohn needs a tariff per hour worked"));
        BigDecimal hours = pm.days().stream().map(ServiceDay::hours).reduce(BigDecimal.ZERO, BigDecimal::add);
        BigDecimal amount = Chf.cents(hours.multiply(rate));
        BigDecimal cap = maximumTariffs.monthlyCap(placement.type(), on).orElse(null);
        String text = Chf.number(hours) + " h × " + Chf.format(rate) + " = " + Chf.format(amount);
        if (cap != null && amount.compareTo(cap) > 0) {
            text += ", höchstens " + Chf.format(cap) + " pro Monat → " + Chf.format(cap);
            amount = cap.setScale(2);
        }
        return new InvoiceLine(placement.participant(), "AM-01",
                text + " (AM-01: Suchthilfe Stundenlohn, max. CHF 350.00 pro Monat)", amount);
    }

    private List<InvoiceLine> dayLines(ParticipantMonth pm, BigDecimal dayPrice) {
        Placement placement = pm.placement();
        YearMonth month = pm.month();
        boolean entryMonth = YearMonth.from(placement.entryDate()).equals(month);
        boolean exitMonth = (placement.exitDate() != null && YearMonth.from(placement.exitDate()).equals(month))
                || pm.abort() != null;
        String who = placement.participant();
        if (!entryMonth && !exitMonth) {
            return List.of(fullMonth(who, placement, dayPrice));
        }
        String kind = entryMonth && exitMonth ? "Ein- und Austrittsmonat" : entryMonth ? "Eintrittsmonat"
                : "Austrittsmonat";
        List<ServiceDay> days = pm.days().stream().sorted(Comparator.comparing(ServiceDay::date)).toList();
        List<InvoiceLine> lines = new ArrayList<>();
        AbortEvent abort = pm.abort();
        List<ServiceDay> before = abort == null ? days
                : days.stream().filter(d -> d.date().isBefore(abort.date())).toList();
        addDayGroups(lines, who, before, dayPrice, "AM-07: " + kind + " effektiv");
        if (abort != null) {
            List<ServiceDay> after = days.stream().filter(d -> !d.date().isBefore(abort.date())).toList();
            List<ServiceDay> billed = after.stream().limit(ABORT_MAX_DAYS).toList();
            String note = "AM-07: ab " + Chf.date(abort.date()) + " nach " + abort.kind().label()
                    + " höchstens " + ABORT_MAX_DAYS + " Tage; " + after.size() + " gemeldet, "
                    + billed.size() + " verrechnet";
            if (billed.isEmpty()) {
                lines.add(new InvoiceLine(who, "AM-07", "0 Tage × " + Chf.format(dayPrice) + " = "
                        + Chf.format(BigDecimal.ZERO) + " (" + note + ")", BigDecimal.ZERO.setScale(2)));
            }
            addDayGroups(lines, who, billed, dayPrice, note);
        }
        return lines;
    }

    private static InvoiceLine fullMonth(String who, Placement placement, BigDecimal dayPrice) {
        int perWeek = placement.daysPerWeek();
        BigDecimal days = FULL_MONTH_DAYS.multiply(BigDecimal.valueOf(perWeek))
                .divide(BigDecimal.valueOf(5), 2, java.math.RoundingMode.HALF_UP);
        boolean shortDays = placement.agreedHoursPerDay().compareTo(SHORT_DAY_HOURS) < 0;
        BigDecimal amount = days.multiply(dayPrice);
        String text = perWeek == 5 ? "21.7 Tage"
                : "21.7 × " + perWeek + "/5 = " + Chf.number(days) + " Tage";
        text += " × ";
        if (shortDays) {
            amount = amount.multiply(SHORT_DAY_SHARE);
            text += "70 % × ";
        }
        amount = Chf.cents(amount);
        text += Chf.format(dayPrice) + " = " + Chf.format(amount) + " (AM-07: voller Monat"
                + (perWeek == 5 ? "" : ", " + perWeek + " Tage pro Woche anteilig")
                + (shortDays ? ", vereinbart unter 4 h pro Tag zu 70 %" : "") + ")";
        return new InvoiceLine(who, "AM-07", text, amount);
    }

    private static void addDayGroups(List<InvoiceLine> lines, String who, List<ServiceDay> days, BigDecimal dayPrice,
                                     String note) {
        long full = days.stream().filter(d -> d.hours().compareTo(SHORT_DAY_HOURS) >= 0).count();
        long shortDays = days.size() - full;
        if (full > 0) {
            BigDecimal amount = Chf.cents(dayPrice.multiply(BigDecimal.valueOf(full)));
            lines.add(new InvoiceLine(who, "AM-07", full + " Tage ab 4 h × " + Chf.format(dayPrice) + " = "
                    + Chf.format(amount) + " (" + note + ")", amount));
        }
        if (shortDays > 0) {
            BigDecimal amount = Chf.cents(dayPrice.multiply(SHORT_DAY_SHARE).multiply(BigDecimal.valueOf(shortDays)));
            lines.add(new InvoiceLine(who, "AM-07", shortDays + " Tage unter 4 h × 70 % × " + Chf.format(dayPrice)
                    + " = " + Chf.format(amount) + " (" + note + "; Tag unter 4 h zu 70 %)", amount));
        }
    }

    private static List<InvoiceLine> coachingLines(ParticipantMonth pm, BigDecimal hourPrice) {
        String who = pm.placement().participant();
        AbortEvent abort = pm.abort();
        int remainingAfterAbort = ABORT_MAX_COACHING_QUARTERS;
        List<InvoiceLine> lines = new ArrayList<>();
        List<CoachingSession> sessions = pm.sessions().stream()
                .sorted(Comparator.comparing(CoachingSession::date)).toList();
        for (CoachingSession session : sessions) {
            int quarters = quarterHoursStarted(session.minutes());
            String text = "Coaching " + Chf.date(session.date()) + ": " + session.minutes() + " min → "
                    + quarters * 15 + " min";
            String rule = "AM-07: angefangene Viertelstunde";
            int billed = quarters;
            if (abort != null && !session.date().isBefore(abort.date())) {
                billed = Math.min(quarters, remainingAfterAbort);
                remainingAfterAbort -= billed;
                rule += "; nach " + abort.kind().label() + " höchstens 2 Coachingstunden";
                if (billed < quarters) {
                    text += ", gekürzt auf " + billed * 15 + " min";
                }
            }
            BigDecimal hours = BigDecimal.valueOf(billed).divide(BigDecimal.valueOf(4));
            BigDecimal amount = Chf.cents(hourPrice.multiply(hours));
            text += " = " + Chf.number(hours) + " h × " + Chf.format(hourPrice) + " = " + Chf.format(amount)
                    + " (" + rule + ")";
            lines.add(new InvoiceLine(who, "AM-07", text, amount));
        }
        return lines;
    }

    /** AM-07: a coaching session's started quarter hours: 7 min → 1, 15 min → 1, 61 min → 5. */
    public static int quarterHoursStarted(int minutes) {
        return (minutes + 14) / 15;
    }

    private static void requireWithin(LocalDate date, LocalDate first, LocalDate last, String who) {
        if (date.isBefore(first) || date.isAfter(last)) {
            throw new IllegalArgumentException("record of " + who + " on " + date + " lies outside "
                    + first + " – " + last);
        }
    }
}
