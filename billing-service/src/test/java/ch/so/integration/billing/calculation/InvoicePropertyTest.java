package ch.so.integration.billing.calculation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.tariff.AmiMaximumTariffs;
import ch.so.integration.billing.tariff.MaximumTariff;
import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.ProviderTariff;
import ch.so.integration.billing.tariff.TariffUnit;

/** Property-style: many random invoices with a fixed seed, so a failure reproduces. */
class InvoicePropertyTest {

    private static final long SEED = 20260301L;
    private static final BigDecimal FIVE_RAPPEN = new BigDecimal("0.05");
    private static final BigDecimal HALF_OF_FIVE_RAPPEN = new BigDecimal("0.025");
    private final InvoiceCalculator calculator = new InvoiceCalculator();

    @Test
    @DisplayName("AM-07 the lines sum to the subtotal and the rounding line makes up the difference to the 0.05 total")
    void linesSumToTotal() {
        Random random = new Random(SEED);
        for (int run = 0; run < 2000; run++) {
            YearMonth month = YearMonth.of(2024 + random.nextInt(3), 1 + random.nextInt(12));
            List<ParticipantMonth> months = new ArrayList<>();
            int participants = random.nextInt(6);
            for (int p = 0; p < participants; p++) {
                months.add(randomParticipantMonth(random, month, "P" + p));
            }
            MonthlyInvoice invoice = calculator.invoice("Anbieter " + run, month, months);

            BigDecimal sum = invoice.lines().stream().map(InvoiceLine::amount)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            assertThat(sum).as("run %d", run).isEqualByComparingTo(invoice.subtotal());
            assertThat(invoice.subtotal().add(invoice.rounding().amount())).as("run %d", run)
                    .isEqualByComparingTo(invoice.total());
            assertThat(invoice.total().remainder(FIVE_RAPPEN)).as("run %d", run).isEqualByComparingTo("0");
            assertThat(invoice.rounding().amount().abs()).as("run %d", run).isLessThanOrEqualTo(HALF_OF_FIVE_RAPPEN);
            assertThat(invoice.lines()).allSatisfy(line -> {
                assertThat(line.amount().signum()).isGreaterThanOrEqualTo(0);
                assertThat(line.amount().scale()).isEqualTo(2);
                assertThat(line.rule()).matches("AM-0[17]");
                assertThat(line.text()).contains("(AM-0").contains(Chf.format(line.amount()));
            });
        }
    }

    @Test
    @DisplayName("AM-07 no participant month ever exceeds its caps (Suchthilfe CHF 350, abort 5 days / 2 h)")
    void capsHold() {
        Random random = new Random(SEED + 1);
        for (int run = 0; run < 2000; run++) {
            YearMonth month = YearMonth.of(2025, 1 + random.nextInt(12));
            ParticipantMonth pm = randomParticipantMonth(random, month, "P");
            List<InvoiceLine> lines = calculator.lines(pm);
            BigDecimal amount = lines.stream().map(InvoiceLine::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            // each line is rounded to the Rappen (HALF_UP), so a sum may exceed a cap by at most half a Rappen a line
            BigDecimal lineRounding = new BigDecimal("0.005").multiply(BigDecimal.valueOf(lines.size()));
            ProgrammeType type = pm.placement().type();
            if (type == ProgrammeType.SUCHTHILFE_STUNDENLOHN) {
                assertThat(amount).isLessThanOrEqualTo(new BigDecimal("350"));
            }
            if (type == ProgrammeType.TEILLOHN) {
                assertThat(amount).isEqualByComparingTo("0");
            }
            if (pm.abort() != null && pm.abort().date().equals(pm.placement().entryDate())) {
                BigDecimal day = pm.placement().tariff(TariffUnit.DAY).map(ProviderTariff::chf).orElse(BigDecimal.ZERO);
                BigDecimal hour = pm.placement().tariff(TariffUnit.COACHING_HOUR).map(ProviderTariff::chf)
                        .orElse(BigDecimal.ZERO);
                if (type != ProgrammeType.SUCHTHILFE_STUNDENLOHN) {
                    assertThat(amount).as("run %d", run).isLessThanOrEqualTo(
                            day.multiply(BigDecimal.valueOf(5)).add(hour.multiply(BigDecimal.valueOf(2)))
                                    .add(lineRounding));
                }
            }
        }
    }

    private static ParticipantMonth randomParticipantMonth(Random random, YearMonth month, String who) {
        ProgrammeType type = ProgrammeType.values()[random.nextInt(ProgrammeType.values().length)];
        LocalDate on = month.atDay(1);
        List<ProviderTariff> tariffs = new ArrayList<>();
        for (MaximumTariff max : AmiMaximumTariffs.DEFAULT.rows()) {
            if (max.type() == type && max.validity().contains(on)) {
                long cents = max.maximumChf().movePointRight(2).longValueExact();
                BigDecimal chf = BigDecimal.valueOf(random.nextLong(cents + 1), 2);
                tariffs.add(AmiMaximumTariffs.DEFAULT.approve(type, max.unit(), chf, on));
            }
        }
        int shape = random.nextInt(5);
        LocalDate entry = switch (shape) {
            case 0, 1 -> month.atDay(1).minusMonths(1 + random.nextInt(6));
            default -> month.atDay(1 + random.nextInt(month.lengthOfMonth()));
        };
        LocalDate exit = switch (shape) {
            case 0 -> null;
            case 1, 2 -> {
                LocalDate candidate = month.atDay(1 + random.nextInt(month.lengthOfMonth()));
                yield candidate.isBefore(entry) ? entry : candidate;
            }
            default -> random.nextBoolean() ? null : month.atEndOfMonth().plusMonths(1);
        };
        LocalDate first = entry.isAfter(month.atDay(1)) ? entry : month.atDay(1);
        LocalDate last = exit != null && exit.isBefore(month.atEndOfMonth()) ? exit : month.atEndOfMonth();
        int span = (int) (last.toEpochDay() - first.toEpochDay()) + 1;

        List<ServiceDay> days = new ArrayList<>();
        List<CoachingSession> sessions = new ArrayList<>();
        for (int i = 0; i < span; i++) {
            LocalDate date = first.plusDays(i);
            if (random.nextInt(10) < 7 && tariffs.stream().anyMatch(t -> t.unit() != TariffUnit.COACHING_HOUR)) {
                days.add(new ServiceDay(date, BigDecimal.valueOf(1 + random.nextInt(40), 2).movePointRight(1)
                        .divide(BigDecimal.valueOf(4)).max(new BigDecimal("0.25"))));
            }
            if (random.nextInt(10) < 2 && tariffs.stream().anyMatch(t -> t.unit() == TariffUnit.COACHING_HOUR)) {
                sessions.add(new CoachingSession(date, 1 + random.nextInt(180)));
            }
        }
        AbortEvent abort = null;
        if (random.nextInt(4) == 0) {
            boolean noShow = random.nextBoolean() && YearMonth.from(entry).equals(month);
            abort = noShow ? new AbortEvent(entry, AbortEvent.Kind.NO_SHOW_AT_START)
                    : new AbortEvent(first.plusDays(random.nextInt(span)), AbortEvent.Kind.UNFORESEEN_ABORT);
        }
        Placement placement = new Placement(who, type, entry, exit, 1 + random.nextInt(5),
                BigDecimal.valueOf(2 + random.nextInt(7)), tariffs);
        return new ParticipantMonth(placement, month, days, sessions, abort);
    }
}
