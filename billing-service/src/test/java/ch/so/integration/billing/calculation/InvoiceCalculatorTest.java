package ch.so.integration.billing.calculation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ch.so.integration.billing.tariff.AmiMaximumTariffs;
import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.ProviderTariff;
import ch.so.integration.billing.tariff.TariffUnit;

class InvoiceCalculatorTest {

    private static final YearMonth MARCH = YearMonth.of(2026, 3);
    private static final LocalDate JANUARY = LocalDate.of(2026, 1, 5);
    private final InvoiceCalculator calculator = new InvoiceCalculator();

    // ---- AM-08 worked examples ----

    @Test
    @DisplayName("AM-08 Coaching: 6 coaching hours × CHF 200 = CHF 1'200")
    void am08Coaching() {
        Placement placement = placement(ProgrammeType.COACHING, LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 27),
                5, "8", tariff(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, "200"));
        List<CoachingSession> sessions = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            sessions.add(new CoachingSession(LocalDate.of(2026, 3, 2 + i * 4), 60));
        }
        MonthlyInvoice invoice = calculator.invoice("Anbieter", MARCH,
                List.of(new ParticipantMonth(placement, MARCH, List.of(), sessions, null)));
        assertThat(invoice.lines()).hasSize(6).allSatisfy(line -> {
            assertThat(line.amount()).isEqualTo(new BigDecimal("200.00"));
            assertThat(line.text()).contains("60 min → 60 min = 1 h × CHF 200.00 = CHF 200.00").contains("AM-07");
        });
        assertThat(invoice.subtotal()).isEqualTo(new BigDecimal("1200.00"));
        assertThat(invoice.total()).isEqualTo(new BigDecimal("1200.00"));
        assertThat(invoice.rounding().amount()).isEqualByComparingTo("0");
    }

    @Test
    @DisplayName("AM-08 Qualifizierung at 100 %, CHF 80 a day: a full month is CHF 1'736")
    void am08Qualifizierung() {
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, JANUARY, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        MonthlyInvoice invoice = calculator.invoice("Anbieter", MARCH,
                List.of(new ParticipantMonth(placement, MARCH, workdays(MARCH, "8"), List.of(), null)));
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.text()).isEqualTo("21.7 Tage × CHF 80.00 = CHF 1'736.00 (AM-07: voller Monat)");
            assertThat(line.rule()).isEqualTo("AM-07");
            assertThat(line.participant()).isEqualTo("P1");
        });
        assertThat(invoice.total()).isEqualTo(new BigDecimal("1736.00"));
        assertThat(invoice.rounding().text()).contains("CHF 1'736.00 → CHF 1'736.00 = CHF 0.00");
    }

    // ---- AM-07 full month ----

    @DisplayName("AM-07 a full month counts 21.7 days, pro rata for fewer than five days a week")
    @ParameterizedTest(name = "AM-07 {0} days a week at CHF {1}: {2} days = CHF {3}")
    @CsvSource({"5, 80, 21.7, 1736.00", "4, 50, 17.36, 868.00", "3, 80, 13.02, 1041.60", "2, 120, 8.68, 1041.60",
            "1, 35, 4.34, 151.90", "5, 35, 21.7, 759.50", "5, 100, 21.7, 2170.00", "5, 120, 21.7, 2604.00"})
    void fullMonth(int daysPerWeek, String dayPrice, String days, BigDecimal expected) {
        ProgrammeType type = ProgrammeType.TRAUMAPROGRAMM;
        Placement placement = placement(type, JANUARY, null, daysPerWeek, "6", tariff(type, TariffUnit.DAY, dayPrice));
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, List.of(), List.of(), null));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(expected);
            assertThat(line.text()).contains(days + " Tage").contains("AM-07: voller Monat")
                    .contains("= " + Chf.format(expected));
        });
    }

    @Test
    @DisplayName("AM-07 a full month ignores the month's workdays and recorded days")
    void fullMonthWhateverWorkdays() {
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, JANUARY, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        for (YearMonth month : List.of(YearMonth.of(2026, 2), MARCH, YearMonth.of(2026, 8))) {
            List<InvoiceLine> few = calculator.lines(new ParticipantMonth(placement, month,
                    workdays(month, "8").subList(0, 3), List.of(), null));
            assertThat(few).singleElement().extracting(InvoiceLine::amount).isEqualTo(new BigDecimal("1736.00"));
        }
    }

    @Test
    @DisplayName("AM-07 a full month agreed under 4 h a day is billed at 70 %")
    void fullMonthShortDays() {
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, JANUARY, null, 5, "3.5",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        assertThat(calculator.lines(new ParticipantMonth(placement, MARCH, List.of(), List.of(), null)))
                .singleElement().satisfies(line -> {
                    assertThat(line.amount()).isEqualTo(new BigDecimal("1215.20"));
                    assertThat(line.text()).isEqualTo("21.7 Tage × 70 % × CHF 80.00 = CHF 1'215.20 "
                            + "(AM-07: voller Monat, vereinbart unter 4 h pro Tag zu 70 %)");
                });
    }

    // ---- AM-07 entry / exit month by actual days, 70 % under 4 h ----

    @DisplayName("AM-07 entry month billed by actual days; a day under 4 h at 70 %")
    @ParameterizedTest(name = "AM-07 entry month, one day of {0} h at CHF 80: CHF {1}")
    @CsvSource({"4, 80.00", "4.0, 80.00", "3.75, 56.00", "3.99, 56.00", "8, 80.00", "0.5, 56.00", "4.25, 80.00"})
    void singleDay(String hours, BigDecimal expected) {
        LocalDate entry = LocalDate.of(2026, 3, 16);
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, entry, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH,
                List.of(new ServiceDay(entry, new BigDecimal(hours))), List.of(), null));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(expected);
            assertThat(line.text()).contains("AM-07: Eintrittsmonat effektiv");
        });
    }

    @Test
    @DisplayName("AM-07 entry month: 10 full days and 2 days under 4 h")
    void entryMonthMixed() {
        LocalDate entry = LocalDate.of(2026, 3, 16);
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, entry, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        List<ServiceDay> days = new ArrayList<>(workdaysFrom(entry, 10, "8"));
        days.add(new ServiceDay(LocalDate.of(2026, 3, 30), new BigDecimal("3.75")));
        days.add(new ServiceDay(LocalDate.of(2026, 3, 31), new BigDecimal("2")));
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, days, List.of(), null));
        assertThat(lines).extracting(InvoiceLine::text).containsExactly(
                "10 Tage ab 4 h × CHF 80.00 = CHF 800.00 (AM-07: Eintrittsmonat effektiv)",
                "2 Tage unter 4 h × 70 % × CHF 80.00 = CHF 112.00 (AM-07: Eintrittsmonat effektiv; "
                        + "Tag unter 4 h zu 70 %)");
        assertThat(lines).extracting(InvoiceLine::amount)
                .containsExactly(new BigDecimal("800.00"), new BigDecimal("112.00"));
    }

    @Test
    @DisplayName("AM-07 exit month billed by actual days")
    void exitMonth() {
        Placement placement = placement(ProgrammeType.BESCHAEFTIGUNG_II, JANUARY, LocalDate.of(2026, 3, 20), 5, "8",
                tariff(ProgrammeType.BESCHAEFTIGUNG_II, TariffUnit.DAY, "50"));
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH,
                workdaysFrom(LocalDate.of(2026, 3, 2), 15, "8"), List.of(), null));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(new BigDecimal("750.00"));
            assertThat(line.text()).isEqualTo("15 Tage ab 4 h × CHF 50.00 = CHF 750.00 (AM-07: Austrittsmonat effektiv)");
        });
    }

    @Test
    @DisplayName("AM-07 entry and exit in the same month billed by actual days")
    void entryAndExitMonth() {
        Placement placement = placement(ProgrammeType.JUGENDPROGRAMM, LocalDate.of(2026, 3, 9),
                LocalDate.of(2026, 3, 13), 5, "8", tariff(ProgrammeType.JUGENDPROGRAMM, TariffUnit.DAY, "100"));
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH,
                workdaysFrom(LocalDate.of(2026, 3, 9), 5, "8"), List.of(), null));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(new BigDecimal("500.00"));
            assertThat(line.text()).contains("Ein- und Austrittsmonat effektiv");
        });
    }

    // ---- AM-07 coaching in quarter hours ----

    @DisplayName("AM-07 each coaching session is rounded up to the started quarter hour")
    @ParameterizedTest(name = "AM-07 {0} min → {1} min at CHF 200 = CHF {2}")
    @CsvSource({"1, 15, 50.00", "7, 15, 50.00", "15, 15, 50.00", "16, 30, 100.00", "30, 30, 100.00",
            "45, 45, 150.00", "59, 60, 200.00", "60, 60, 200.00", "61, 75, 250.00", "90, 90, 300.00",
            "120, 120, 400.00"})
    void quarterHours(int minutes, int billedMinutes, BigDecimal expected) {
        assertThat(InvoiceCalculator.quarterHoursStarted(minutes) * 15).isEqualTo(billedMinutes);
        Placement placement = placement(ProgrammeType.COACHING, JANUARY, null, 5, "8",
                tariff(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, "200"));
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, List.of(),
                List.of(new CoachingSession(LocalDate.of(2026, 3, 4), minutes)), null));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(expected);
            assertThat(line.text()).contains(minutes + " min → " + billedMinutes + " min")
                    .contains("AM-07: angefangene Viertelstunde");
        });
    }

    @Test
    @DisplayName("AM-07 integration.arbeit: full month of days plus coaching in quarter hours")
    void integrationArbeit() {
        Placement placement = placement(ProgrammeType.INTEGRATION_ARBEIT, JANUARY, null, 5, "8",
                tariff(ProgrammeType.INTEGRATION_ARBEIT, TariffUnit.DAY, "90"),
                tariff(ProgrammeType.INTEGRATION_ARBEIT, TariffUnit.COACHING_HOUR, "250"));
        MonthlyInvoice invoice = calculator.invoice("Anbieter", MARCH, List.of(new ParticipantMonth(placement, MARCH,
                List.of(), List.of(new CoachingSession(LocalDate.of(2026, 3, 3), 45),
                new CoachingSession(LocalDate.of(2026, 3, 17), 40)), null)));
        assertThat(invoice.lines()).extracting(InvoiceLine::amount).containsExactly(new BigDecimal("1953.00"),
                new BigDecimal("187.50"), new BigDecimal("187.50"));
        assertThat(invoice.total()).isEqualTo(new BigDecimal("2328.00"));
    }

    // ---- AM-07 abort / no-show caps ----

    @Test
    @DisplayName("AM-07 after an unforeseen abort at most 5 days are billed; days before are billed as usual")
    void abortCapsDays() {
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, JANUARY, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        List<ServiceDay> days = workdaysFrom(LocalDate.of(2026, 3, 2), 13, "8"); // 2.3.–18.3.
        AbortEvent abort = new AbortEvent(LocalDate.of(2026, 3, 10), AbortEvent.Kind.UNFORESEEN_ABORT);
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, days, List.of(), abort));
        assertThat(lines).extracting(InvoiceLine::text).containsExactly(
                "6 Tage ab 4 h × CHF 80.00 = CHF 480.00 (AM-07: Austrittsmonat effektiv)",
                "5 Tage ab 4 h × CHF 80.00 = CHF 400.00 (AM-07: ab 10.03.2026 nach unvorhergesehenem "
                        + "Programmabbruch höchstens 5 Tage; 7 gemeldet, 5 verrechnet)");
        assertThat(sum(lines)).isEqualByComparingTo("880");
    }

    @DisplayName("AM-07 after a no-show at the start at most 5 days are billed")
    @ParameterizedTest(name = "AM-07 no-show, {0} days reported → {1} days billed = CHF {2}")
    @CsvSource({"0, 0, 0.00", "1, 1, 80.00", "4, 4, 320.00", "5, 5, 400.00", "6, 5, 400.00", "10, 5, 400.00",
            "20, 5, 400.00"})
    void noShowCapsDays(int reported, int billed, BigDecimal expected) {
        LocalDate start = LocalDate.of(2026, 3, 2);
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, start, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        AbortEvent noShow = new AbortEvent(start, AbortEvent.Kind.NO_SHOW_AT_START);
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH,
                workdaysFrom(start, reported, "8"), List.of(), noShow));
        assertThat(sum(lines)).isEqualTo(expected);
        assertThat(lines).isNotEmpty().allSatisfy(line -> assertThat(line.text())
                .contains("Nichterscheinen beim Programmstart höchstens 5 Tage")
                .contains(reported + " gemeldet, " + billed + " verrechnet"));
    }

    @Test
    @DisplayName("AM-07 after an abort the 5 days keep the 70 % rule for days under 4 h")
    void abortCapWithShortDays() {
        Placement placement = placement(ProgrammeType.BESCHAEFTIGUNG_I, JANUARY, null, 5, "8",
                tariff(ProgrammeType.BESCHAEFTIGUNG_I, TariffUnit.DAY, "35"));
        List<ServiceDay> days = new ArrayList<>(workdaysFrom(LocalDate.of(2026, 3, 2), 3, "3"));
        days.addAll(workdaysFrom(LocalDate.of(2026, 3, 5), 5, "6"));
        AbortEvent abort = new AbortEvent(LocalDate.of(2026, 3, 2), AbortEvent.Kind.UNFORESEEN_ABORT);
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, days, List.of(), abort));
        // first five chronologically: 3 short (3 × 24.50) + 2 full (2 × 35)
        assertThat(lines).extracting(InvoiceLine::amount)
                .containsExactly(new BigDecimal("70.00"), new BigDecimal("73.50"));
    }

    @DisplayName("AM-07 after an abort at most 2 coaching hours are billed")
    @ParameterizedTest(name = "AM-07 abort, sessions {0} min → CHF {1}")
    @CsvSource({"60;60, 1000.00", "61;61;61, 1000.00", "7;7;7, 750.00", "120;15, 1000.00", "45;45;45, 1000.00",
            "15, 650.00"})
    void abortCapsCoaching(String minutes, BigDecimal expected) {
        Placement placement = placement(ProgrammeType.COACHING, JANUARY, null, 5, "8",
                tariff(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, "200"));
        List<CoachingSession> sessions = new ArrayList<>();
        // before the abort: 3 h, all billed (CHF 600)
        sessions.add(new CoachingSession(LocalDate.of(2026, 3, 2), 90));
        sessions.add(new CoachingSession(LocalDate.of(2026, 3, 3), 90));
        int day = 10;
        for (String m : minutes.split(";")) {
            sessions.add(new CoachingSession(LocalDate.of(2026, 3, day++), Integer.parseInt(m)));
        }
        AbortEvent abort = new AbortEvent(LocalDate.of(2026, 3, 9), AbortEvent.Kind.UNFORESEEN_ABORT);
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, List.of(), sessions, abort));
        assertThat(sum(lines)).isEqualTo(expected);
        assertThat(lines.subList(2, lines.size())).allSatisfy(line -> assertThat(line.text())
                .contains("höchstens 2 Coachingstunden"));
    }

    @Test
    @DisplayName("AM-07 after an abort a session over the 2-hour cap is cut and shown as such")
    void abortCutSessionText() {
        Placement placement = placement(ProgrammeType.COACHING, JANUARY, null, 5, "8",
                tariff(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, "200"));
        AbortEvent abort = new AbortEvent(LocalDate.of(2026, 3, 9), AbortEvent.Kind.UNFORESEEN_ABORT);
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, List.of(),
                List.of(new CoachingSession(LocalDate.of(2026, 3, 10), 61),
                        new CoachingSession(LocalDate.of(2026, 3, 11), 61)), abort));
        assertThat(lines.get(1).text()).isEqualTo("Coaching 11.03.2026: 61 min → 75 min, gekürzt auf 45 min = "
                + "0.75 h × CHF 200.00 = CHF 150.00 (AM-07: angefangene Viertelstunde; nach unvorhergesehenem "
                + "Programmabbruch höchstens 2 Coachingstunden)");
    }

    // ---- AM-01 Suchthilfe Stundenlohn, Teillohn, refusal ----

    @DisplayName("AM-01/AM-07 Suchthilfe Stundenlohn CHF 4 per hour worked, at most CHF 350 a month")
    @ParameterizedTest(name = "AM-07 {0} h at CHF {1} → CHF {2}")
    @CsvSource({"10, 4, 40.00", "87.5, 4, 350.00", "87.25, 4, 349.00", "87.75, 4, 350.00", "100, 4, 350.00",
            "200, 4, 350.00", "120, 3.50, 350.00", "100, 3.50, 350.00", "99, 3.50, 346.50", "0.5, 4, 2.00"})
    void suchthilfe(BigDecimal hours, String rate, BigDecimal expected) {
        Placement placement = placement(ProgrammeType.SUCHTHILFE_STUNDENLOHN, JANUARY, null, 5, "8",
                tariff(ProgrammeType.SUCHTHILFE_STUNDENLOHN, TariffUnit.HOUR_WORKED, rate));
        List<ServiceDay> days = new ArrayList<>();
        BigDecimal left = hours;
        LocalDate day = LocalDate.of(2026, 3, 1);
        while (left.signum() > 0) {
            BigDecimal h = left.min(BigDecimal.valueOf(8));
            days.add(new ServiceDay(day, h));
            left = left.subtract(h);
            day = day.plusDays(1);
        }
        List<InvoiceLine> lines = calculator.lines(new ParticipantMonth(placement, MARCH, days, List.of(), null));
        assertThat(lines).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualTo(expected);
            assertThat(line.rule()).isEqualTo("AM-01");
            assertThat(line.text()).startsWith(Chf.number(hours) + " h × " + Chf.format(new BigDecimal(rate)))
                    .contains("Suchthilfe Stundenlohn");
            if (hours.multiply(new BigDecimal(rate)).compareTo(new BigDecimal("350")) > 0) {
                assertThat(line.text()).contains("höchstens CHF 350.00 pro Monat → CHF 350.00");
            }
        });
    }

    @Test
    @DisplayName("AM-01 Teillohn is billed CHF 0")
    void teillohn() {
        Placement placement = placement(ProgrammeType.TEILLOHN, JANUARY, null, 5, "8");
        MonthlyInvoice invoice = calculator.invoice("Anbieter", MARCH, List.of(new ParticipantMonth(placement, MARCH,
                workdays(MARCH, "8"), List.of(), null)));
        assertThat(invoice.lines()).singleElement().satisfies(line -> {
            assertThat(line.amount()).isEqualByComparingTo("0");
            assertThat(line.text()).contains("AM-01").contains("Teillohn");
        });
        assertThat(invoice.total()).isEqualByComparingTo("0");
    }

    @DisplayName("AM-01 a provider tariff above the maximum is refused when billing")
    @ParameterizedTest(name = "AM-01 {0} {1} CHF {2} refused")
    @CsvSource({"QUALIFIZIERUNG, DAY, 80.01", "COACHING, COACHING_HOUR, 210", "SUCHTHILFE_STUNDENLOHN, HOUR_WORKED, 5",
            "INTEGRATION_ARBEIT, DAY, 95"})
    void tariffAboveMaximumRefused(ProgrammeType type, TariffUnit unit, String chf) {
        Placement placement = placement(type, JANUARY, null, 5, "8", new ProviderTariff(type, unit, new BigDecimal(chf)));
        assertThatThrownBy(() -> calculator.lines(new ParticipantMonth(placement, MARCH, List.of(), List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("AM-01");
    }

    // ---- invoice and input checks ----

    @Test
    @DisplayName("AM-07 the invoice total is rounded to CHF 0.05 and the rounding is its own line")
    void invoiceRounding() {
        Placement quali = placement(ProgrammeType.QUALIFIZIERUNG, JANUARY, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        Placement sucht = new Placement("P2", ProgrammeType.SUCHTHILFE_STUNDENLOHN, JANUARY, null, 5,
                new BigDecimal("8"), List.of(tariff(ProgrammeType.SUCHTHILFE_STUNDENLOHN, TariffUnit.HOUR_WORKED,
                "3.99")));
        MonthlyInvoice invoice = calculator.invoice("Anbieter", MARCH, List.of(
                new ParticipantMonth(quali, MARCH, List.of(), List.of(), null),
                new ParticipantMonth(sucht, MARCH, List.of(new ServiceDay(LocalDate.of(2026, 3, 2),
                        new BigDecimal("7"))), List.of(), null)));
        assertThat(invoice.subtotal()).isEqualTo(new BigDecimal("1763.93"));
        assertThat(invoice.total()).isEqualTo(new BigDecimal("1763.95"));
        assertThat(invoice.rounding().amount()).isEqualTo(new BigDecimal("0.02"));
        assertThat(invoice.rounding().rule()).isEqualTo(InvoiceCalculator.ROUNDING_RULE);
        assertThat(invoice.rounding().text())
                .isEqualTo("Rundung auf CHF 0.05: CHF 1'763.93 → CHF 1'763.95 = CHF 0.02 (Rappenrundung, kaufmännisch)");
    }

    @Test
    @DisplayName("AM-07 records outside the month or the participation are refused")
    void recordsOutsideRefused() {
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, LocalDate.of(2026, 3, 16), null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        assertThatThrownBy(() -> calculator.lines(new ParticipantMonth(placement, MARCH,
                List.of(new ServiceDay(LocalDate.of(2026, 3, 13), BigDecimal.ONE)), List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.lines(new ParticipantMonth(placement, MARCH,
                List.of(new ServiceDay(LocalDate.of(2026, 4, 1), BigDecimal.ONE)), List.of(), null)))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.lines(new ParticipantMonth(placement, YearMonth.of(2026, 2),
                List.of(), List.of(), null))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> calculator.invoice("A", MARCH, List.of(new ParticipantMonth(placement,
                YearMonth.of(2026, 4), List.of(), List.of(), null)))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CoachingSession(LocalDate.of(2026, 3, 16), 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ServiceDay(LocalDate.of(2026, 3, 16), BigDecimal.ZERO))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("AM-01 coaching sessions on a day-only programme are refused")
    void coachingWithoutTariffRefused() {
        Placement placement = placement(ProgrammeType.QUALIFIZIERUNG, JANUARY, null, 5, "8",
                tariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80"));
        assertThatThrownBy(() -> calculator.lines(new ParticipantMonth(placement, MARCH, List.of(),
                List.of(new CoachingSession(LocalDate.of(2026, 3, 3), 60)), null)))
                .hasMessageContaining("AM-01");
    }

    // ---- helpers ----

    static ProviderTariff tariff(ProgrammeType type, TariffUnit unit, String chf) {
        return AmiMaximumTariffs.DEFAULT.approve(type, unit, new BigDecimal(chf), LocalDate.of(2026, 1, 1));
    }

    static Placement placement(ProgrammeType type, LocalDate entry, LocalDate exit, int daysPerWeek, String hours,
                               ProviderTariff... tariffs) {
        return new Placement("P1", type, entry, exit, daysPerWeek, new BigDecimal(hours), List.of(tariffs));
    }

    static List<ServiceDay> workdays(YearMonth month, String hours) {
        return workdaysFrom(month.atDay(1), 23, hours).stream()
                .filter(d -> YearMonth.from(d.date()).equals(month)).toList();
    }

    static List<ServiceDay> workdaysFrom(LocalDate from, int count, String hours) {
        List<ServiceDay> days = new ArrayList<>();
        LocalDate day = from;
        while (days.size() < count) {
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                days.add(new ServiceDay(day, new BigDecimal(hours)));
            }
            day = day.plusDays(1);
        }
        return days;
    }

    static BigDecimal sum(List<InvoiceLine> lines) {
        return lines.stream().map(InvoiceLine::amount).reduce(new BigDecimal("0.00"), BigDecimal::add);
    }
}
