package ch.so.integration.daycenter.monthclose;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MotivationCompensationTest {

    static final Map<String, BigDecimal> RATES = Map.of("Küche", new BigDecimal("80"), "Garten", new BigDecimal("100"),
            "Reinigung", new BigDecimal("50"));

    @ParameterizedTest(name = "{0} days in [{1}] -> {2} from {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "5 | Küche           | 80.00  | Küche",
            "1 | Küche,Garten    | 100.00 | Garten",
            "20| Reinigung,Küche | 80.00  | Küche",
            "0 | Garten          | 0.00   | -",
            "3 | Atelier         | 0.00   | -",
            "3 | -               | 0.00   | -"})
    @DisplayName("DC-06 the highest compensation of the areas with work or service, with at least one day worked; none otherwise")
    void award(int days, String areas, String amount, String area) {
        List<String> list = areas == null ? List.of() : List.of(areas.split(","));
        MotivationCompensation.Award award = MotivationCompensation.of(days, list,
                name -> Optional.ofNullable(RATES.get(name)));
        assertThat(award.amount()).isEqualTo(new BigDecimal(amount));
        assertThat(award.area()).isEqualTo(area);
    }
}
