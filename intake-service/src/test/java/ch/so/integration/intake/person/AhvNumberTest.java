package ch.so.integration.intake.person;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class AhvNumberTest {

    @ParameterizedTest
    @ValueSource(strings = {"756.9217.0769.85", "7569217076985", " 756.9217.0769.85 ", "756 9217 0769 85",
            "756.1234.5678.97", "756.0000.0000.02"})
    @DisplayName("valid AHV numbers are accepted with or without dots")
    void valid(String input) {
        assertThat(AhvNumber.validate(input)).isEmpty();
        assertThat(AhvNumber.parse(input).digits()).hasSize(13).startsWith("756");
    }

    @ParameterizedTest
    @CsvSource({
            "756.9217.0769.84, has a wrong check digit",
            "756.1234.5678.90, has a wrong check digit",
            "757.9217.0769.85, must start with the Swiss prefix 756",
            "123.4567.8901.23, must start with the Swiss prefix 756",
            "756.9217.0769.8, must be 13 digits (756.XXXX.XXXX.XX)",
            "756.9217.0769.855, must be 13 digits (756.XXXX.XXXX.XX)",
            "756.92A7.0769.85, must be 13 digits (756.XXXX.XXXX.XX)",
            "'', must be 13 digits (756.XXXX.XXXX.XX)"
    })
    @DisplayName("invalid AHV numbers are refused with the reason")
    void invalid(String input, String reason) {
        assertThat(AhvNumber.validate(input)).contains(reason);
        assertThatThrownBy(() -> AhvNumber.parse(input)).isInstanceOf(IllegalArgumentException.class).hasMessage(reason);
    }

    @Test
    @DisplayName("the check digit is EAN-13 over the first twelve digits")
    void checkDigit() {
        // 7*1 + 5*3 + 6*1 + 9*3 + 2*1 + 1*3 + 7*1 + 0*3 + 7*1 + 6*3 + 9*1 + 8*3 = 125 -> 10 - 5 = 5
        assertThat(AhvNumber.checkDigit("756921707698")).isEqualTo(5);
        assertThat(AhvNumber.checkDigit("756000000000")).isEqualTo(2);
    }

    @Test
    @DisplayName("formatted with dots; toString masks it so it cannot leak into a log")
    void formatting() {
        AhvNumber ahv = AhvNumber.parse("7569217076985");
        assertThat(ahv.formatted()).isEqualTo("756.9217.0769.85");
        assertThat(ahv.toString()).isEqualTo("756.****.****.85").doesNotContain("9217");
    }
}
