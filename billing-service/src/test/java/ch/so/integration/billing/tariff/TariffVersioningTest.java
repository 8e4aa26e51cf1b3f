package ch.so.integration.billing.tariff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TariffVersioningTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    private static final LocalDate SEED = LocalDate.of(2024, 1, 1);

    private static MaximumTariff qualifizierung(String chf, LocalDate from, LocalDate to) {
        return new MaximumTariff(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, new BigDecimal(chf), null,
                new Validity(from, to));
    }

    /** Applies a plan the way the service does, and checks the result still forms a valid table. */
    private static List<MaximumTariff> apply(List<MaximumTariff> rows, LocalDate from, String chf) {
        TariffVersioning.Plan<MaximumTariff> plan = TariffVersioning.plan(rows, MaximumTariff::validity, from, TODAY);
        List<MaximumTariff> result = new ArrayList<>(rows);
        plan.close().ifPresent(closed -> result.set(result.indexOf(closed), qualifizierung(
                closed.maximumChf().toPlainString(), closed.validity().validFrom(), plan.closedValidTo())));
        result.add(qualifizierung(chf, plan.newValidity().validFrom(), plan.newValidity().validTo()));
        new AmiMaximumTariffs(result); // refuses overlapping rows
        return result;
    }

    @Test
    @DisplayName("AM-01 a new maximum from a future day closes the open row the day before; past days keep the old maximum")
    void newVersionClosesOpenRow() {
        List<MaximumTariff> rows = apply(List.of(qualifizierung("80.00", SEED, null)), LocalDate.of(2027, 1, 1),
                "85.00");
        assertThat(rows).extracting(MaximumTariff::validity).containsExactly(
                new Validity(SEED, LocalDate.of(2026, 12, 31)), Validity.from(LocalDate.of(2027, 1, 1)));
        AmiMaximumTariffs table = new AmiMaximumTariffs(rows);
        assertThat(table.maximum(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, LocalDate.of(2026, 12, 31)))
                .get().extracting(MaximumTariff::maximumChf).isEqualTo(new BigDecimal("80.00"));
        assertThat(table.maximum(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, LocalDate.of(2027, 1, 1)))
                .get().extracting(MaximumTariff::maximumChf).isEqualTo(new BigDecimal("85.00"));
    }

    @Test
    @DisplayName("AM-01 a new version may start today, but not before: a day that has passed keeps its tariff")
    void notBeforeToday() {
        List<MaximumTariff> rows = List.of(qualifizierung("80.00", SEED, null));
        assertThat(TariffVersioning.plan(rows, MaximumTariff::validity, TODAY, TODAY).closedValidTo())
                .isEqualTo(TODAY.minusDays(1));
        assertThatThrownBy(() -> TariffVersioning.plan(rows, MaximumTariff::validity, TODAY.minusDays(1), TODAY))
                .isInstanceOf(TariffVersioning.Refused.class).hasMessageContaining("frühestens heute");
    }

    @Test
    @DisplayName("AM-01 a new version must start after the latest version of its key (no overlap, no replacing)")
    void mustStartAfterLatest() {
        List<MaximumTariff> rows = apply(List.of(qualifizierung("80.00", SEED, null)), LocalDate.of(2027, 1, 1),
                "85.00");
        Function<MaximumTariff, Validity> validity = MaximumTariff::validity;
        assertThatThrownBy(() -> TariffVersioning.plan(rows, validity, LocalDate.of(2027, 1, 1), TODAY))
                .isInstanceOf(TariffVersioning.Refused.class).hasMessageContaining("2027-01-01");
        assertThatThrownBy(() -> TariffVersioning.plan(rows, validity, LocalDate.of(2026, 12, 1), TODAY))
                .isInstanceOf(TariffVersioning.Refused.class);
        // a later one closes the planned future version, which has not started yet
        List<MaximumTariff> three = apply(rows, LocalDate.of(2027, 7, 1), "90.00");
        assertThat(three).extracting(MaximumTariff::validity).containsExactly(
                new Validity(SEED, LocalDate.of(2026, 12, 31)),
                new Validity(LocalDate.of(2027, 1, 1), LocalDate.of(2027, 6, 30)),
                Validity.from(LocalDate.of(2027, 7, 1)));
    }

    @Test
    @DisplayName("PG-05 the first rate of a key changes no row, so it may start in the past")
    void firstRowMayStartInThePast() {
        TariffVersioning.Plan<ServiceHourRate> plan = TariffVersioning.plan(List.of(), ServiceHourRate::validity,
                LocalDate.of(2026, 1, 1), TODAY);
        assertThat(plan.close()).isEmpty();
        assertThat(plan.newValidity()).isEqualTo(Validity.from(LocalDate.of(2026, 1, 1)));
    }

    @Test
    @DisplayName("DC-21 after a closed last row a new version may follow a gap, even in the past: it changes no row")
    void afterAGap() {
        DayCenterFlatRate closed = new DayCenterFlatRate(IbbLevel.LEVEL_2, new BigDecimal("3589.00"),
                new Validity(SEED, LocalDate.of(2024, 12, 31)));
        TariffVersioning.Plan<DayCenterFlatRate> plan = TariffVersioning.plan(List.of(closed),
                DayCenterFlatRate::validity, LocalDate.of(2025, 3, 1), TODAY);
        assertThat(plan.close()).isEmpty();
        assertThatThrownBy(() -> TariffVersioning.plan(List.of(closed), DayCenterFlatRate::validity,
                LocalDate.of(2024, 6, 1), TODAY)).isInstanceOf(TariffVersioning.Refused.class);
    }

    @Test
    @DisplayName("DC-21 closing a row: only an open or later-ending row, never before it starts")
    void closeGuards() {
        assertThat(TariffEntry.checkedClose(Validity.from(SEED), LocalDate.of(2026, 12, 31)))
                .isEqualTo(LocalDate.of(2026, 12, 31));
        assertThatThrownBy(() -> TariffEntry.checkedClose(new Validity(SEED, LocalDate.of(2025, 1, 1)),
                LocalDate.of(2025, 6, 1))).isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> TariffEntry.checkedClose(Validity.from(SEED), SEED.minusDays(1)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("PG-05 a module's own rate wins over the all-modules rate; other modules fall back to it")
    void perModule() {
        Currency eur = Currency.getInstance("EUR");
        PasstgenauTariffs tariffs = new PasstgenauTariffs(List.of(
                new ServiceHourRate(new BigDecimal("60.00"), eur, Validity.from(LocalDate.of(2026, 1, 1))),
                new ServiceHourRate(new BigDecimal("75.00"), eur, Validity.from(LocalDate.of(2026, 1, 1)),
                        "JOB_COACHING")));
        LocalDate on = LocalDate.of(2026, 6, 1);
        assertThat(tariffs.rateOn(on, "JOB_COACHING")).get().extracting(ServiceHourRate::ratePerHour)
                .isEqualTo(new BigDecimal("75.00"));
        assertThat(tariffs.rateOn(on, "ENTRY_PHASE")).get().extracting(ServiceHourRate::ratePerHour)
                .isEqualTo(new BigDecimal("60.00"));
        assertThat(tariffs.rateOn(on)).get().extracting(ServiceHourRate::ratePerHour)
                .isEqualTo(new BigDecimal("60.00"));
        assertThat(tariffs.rateOn(LocalDate.of(2025, 6, 1), "JOB_COACHING")).isEmpty();
        // the same module may not overlap itself, but a module row may overlap the all-modules row
        assertThatThrownBy(() -> new PasstgenauTariffs(List.of(
                new ServiceHourRate(BigDecimal.ONE, eur, Validity.from(LocalDate.of(2026, 1, 1)), "JOB_COACHING"),
                new ServiceHourRate(BigDecimal.TEN, eur, Validity.from(LocalDate.of(2026, 6, 1)), "JOB_COACHING"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("JOB_COACHING");
    }
}
