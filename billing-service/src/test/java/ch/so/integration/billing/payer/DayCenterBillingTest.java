package ch.so.integration.billing.payer;

import static ch.so.integration.billing.payer.Fixtures.MARCH_PERIOD;
import static ch.so.integration.billing.payer.Fixtures.chf;
import static ch.so.integration.billing.payer.Fixtures.grantedFor2026;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import ch.so.integration.billing.payer.CostSplitResult.OpenItem;
import ch.so.integration.billing.payer.CostSplitResult.Split;

class DayCenterBillingTest {

    private static final BigDecimal FLAT_RATE = chf("3000.00");

    @ParameterizedTest(name = "DC-05 Pensum {0} % → billed {1} %")
    @CsvSource({"0, 0", "5, 0", "10, 10", "20, 20", "55, 50", "59.9, 50", "60, 60", "99, 90", "100, 100"})
    void dc05PensumFlooredTo10Steps(BigDecimal pensum, int billed) {
        assertThat(DayCenterBilling.billingPensum(pensum, false)).isEqualTo(billed);
    }

    @ParameterizedTest(name = "DC-21/DC-05 flat rate {0} × {1} % = {2}")
    @CsvSource({"3000.00, 100, 3000.00", "3000.00, 50, 1500.00", "3000.00, 10, 300.00", "3000.00, 0, 0.00",
            "1234.55, 30, 370.35", "1234.55, 70, 864.20", "2777.77, 10, 277.80"})
    void dc21FlatRateScaledByPensum(BigDecimal rate, int pensum, String amount) {
        assertThat(DayCenterBilling.amount(rate, pensum)).isEqualByComparingTo(amount);
    }

    @Test
    @DisplayName("DC-05 Pensum outside 0..100 or a non-step billing Pensum is refused")
    void dc05Refuses() {
        assertThatThrownBy(() -> DayCenterBilling.billingPensum(chf("110"), false))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("DC-05");
        assertThatThrownBy(() -> DayCenterBilling.billingPensum(chf("-10"), false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> DayCenterBilling.amount(FLAT_RATE, 55))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("10 % steps");
    }

    @Test
    @DisplayName("DC-07 stationary resident without external day place or job: 100 % basis whatever the attended Pensum")
    void dc07HundredPercentBasis() {
        assertThat(DayCenterBilling.billingPensum(chf("40"), true)).isEqualTo(100);
        assertThat(DayCenterBilling.billingPensum(null, true)).isEqualTo(100);

        Financing financing = new Financing(InstrumentKind.KGS, DebtorKind.AGS, "Amt für Gesellschaft und Soziales",
                grantedFor2026("KGS-AGS-1"));
        Split split = (Split) DayCenterBilling.split(FLAT_RATE, chf("40"), true, MARCH_PERIOD, financing);

        assertThat(split.shares()).containsExactly(new Share(PayerRole.AGS, "Amt für Gesellschaft und Soziales",
                chf("3000.00"), "KGS-AGS-1"));
    }

    @Test
    @DisplayName("DC-09 Evidence direct: the AGS pays, reference the Evidence registration")
    void dc09EvidenceDirect() {
        Financing financing = new Financing(InstrumentKind.EVIDENCE_DIRECT, DebtorKind.AGS, "AGS",
                grantedFor2026("EV-123"));

        Split split = (Split) DayCenterBilling.split(FLAT_RATE, chf("60"), false, MARCH_PERIOD, financing);

        assertThat(split.shares()).containsExactly(new Share(PayerRole.AGS, "AGS", chf("1800.00"), "EV-123"));
    }

    @Test
    @DisplayName("DC-09 KÜG: the IVSE liaison office pays, with its KÜG number")
    void dc09Kueg() {
        Financing financing = new Financing(InstrumentKind.KUEG, DebtorKind.IVSE_LIAISON_OFFICE,
                "IVSE-Verbindungsstelle Bern", grantedFor2026("KUEG-BE-9"));

        Split split = (Split) DayCenterBilling.split(FLAT_RATE, chf("80"), false, MARCH_PERIOD, financing);

        assertThat(split.shares()).containsExactly(new Share(PayerRole.IVSE_LIAISON_OFFICE,
                "IVSE-Verbindungsstelle Bern", chf("2400.00"), "KUEG-BE-9"));
    }

    @Test
    @DisplayName("DC-09/AM-05 social office with KGS: the social office pays, with its KGS number")
    void dc09SocialOfficeKgs() {
        Financing financing = new Financing(InstrumentKind.KGS, DebtorKind.SOCIAL_OFFICE, "Sozialdienst Thal-Gäu",
                grantedFor2026("KGS-55"));

        Split split = (Split) DayCenterBilling.split(FLAT_RATE, chf("30"), false, MARCH_PERIOD, financing);

        assertThat(split.shares()).containsExactly(new Share(PayerRole.SOCIAL_OFFICE, "Sozialdienst Thal-Gäu",
                chf("900.00"), "KGS-55"));
    }

    @ParameterizedTest(name = "DC-09 {0} without granted instrument → open item")
    @CsvSource({"KGS, SOCIAL_OFFICE, AM-05", "KGS, AGS, DC-07", "KUEG, IVSE_LIAISON_OFFICE, DC-09",
            "EVIDENCE_DIRECT, AGS, DC-09"})
    void dc09MissingInstrument(InstrumentKind instrument, DebtorKind debtor, String rule) {
        Financing financing = new Financing(instrument, debtor, "Debtor", null);

        CostSplitResult result = DayCenterBilling.split(FLAT_RATE, chf("100"), false, MARCH_PERIOD, financing);

        assertThat(result).isInstanceOfSatisfying(OpenItem.class, item -> {
            assertThat(item.rule()).isEqualTo(rule);
            assertThat(item.amount()).isEqualByComparingTo("3000.00");
        });
    }

    @Test
    @DisplayName("DC-21 a day-center place is not financed by canton subsidy or personal budget")
    void dc21RefusesAmiAndBudgetInstruments() {
        assertThatThrownBy(() -> DayCenterBilling.split(FLAT_RATE, chf("100"), false, MARCH_PERIOD,
                Fixtures.subsidy())).isInstanceOf(IllegalArgumentException.class);
    }
}
