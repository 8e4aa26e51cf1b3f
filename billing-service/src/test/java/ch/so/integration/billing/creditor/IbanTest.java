package ch.so.integration.billing.creditor;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanTest {

    @ParameterizedTest
    @CsvSource({
            "CH93 0076 2011 6238 5295 7, CH9300762011623852957, false",
            "ch9300762011623852957, CH9300762011623852957, false",
            "LI21 0881 0000 2324 013A A, LI21088100002324013AA, false",
            "CH44 3199 9123 0008 8901 2, CH4431999123000889012, true"})
    @DisplayName("a CH or LI IBAN with a valid mod-97 check is accepted, normalised and told apart from a QR-IBAN")
    void valid(String text, String normalised, boolean qr) {
        assertThat(Iban.problem(text)).isEmpty();
        Iban iban = Iban.parse(text);
        assertThat(iban.value()).isEqualTo(normalised);
        assertThat(iban.qr()).isEqualTo(qr);
        assertThat(Iban.isQrIban(text)).isEqualTo(qr);
    }

    @ParameterizedTest
    @CsvSource({"CH6429999000123456789, false", "CH7230000000123456789, true", "CH5931999000123456789, true",
            "CH6732000000123456789, false", "LI8530000000123456789, true"})
    @DisplayName("a QR-IBAN has an institution id from 30000 to 31999, both inclusive")
    void qrIbanRange(String text, boolean qr) {
        assertThat(Iban.parse(text).qr()).isEqualTo(qr);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "CH93 0076 2011 6238 5295 8|has a wrong check sum (mod 97)",
            "CH9400762011623852957|has a wrong check sum (mod 97)",
            "DE89 3704 0044 0532 0130 00|must be a Swiss or Liechtenstein IBAN (CH or LI)",
            "CH93 0076 2011 6238 5295|must have 21 characters, has 20",
            "CH93-0076-2011-6238-5295-7|may contain only letters, digits and spaces",
            "CHAB00762011623852957|must have check digits and a 5-digit institution id after the country code",
            "' '|is required"})
    @DisplayName("anything else is refused with the reason")
    void invalid(String text, String problem) {
        assertThat(Iban.problem(text)).contains(problem);
        assertThatThrownBy(() -> Iban.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(problem);
    }

    @Test
    @DisplayName("printed in groups of four")
    void formatted() {
        assertThat(Iban.parse("CH4431999123000889012").formatted()).isEqualTo("CH44 3199 9123 0008 8901 2");
        assertThat(Iban.problem(null)).contains("is required");
    }
}
