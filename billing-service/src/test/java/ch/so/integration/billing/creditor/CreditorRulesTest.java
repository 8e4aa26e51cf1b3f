package ch.so.integration.billing.creditor;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import ch.so.integration.billing.creditor.api.AddressDto;
import ch.so.integration.billing.creditor.api.CreditorRequest;
import ch.so.integration.platform.problem.FieldError;

class CreditorRulesTest {

    private static final AddressDto ADDRESS = new AddressDto("Bahnhofstrasse", "12a", "4500", "Solothurn", "CH");
    private static final String IBAN = "CH93 0076 2011 6238 5295 7";

    private static CreditorRequest ami(UUID provider) {
        return new CreditorRequest(CreditorKind.AMI_PROVIDER, provider, null, "PROV-1", "Regiomech AG", ADDRESS, IBAN);
    }

    @Test
    @DisplayName("a complete creditor of each kind is accepted")
    void complete() {
        assertThat(CreditorRules.problems(ami(UUID.randomUUID()))).isEmpty();
        assertThat(CreditorRules.problems(new CreditorRequest(CreditorKind.DAY_CENTER, null, null, null,
                "Tageszentrum", ADDRESS, IBAN))).isEmpty();
        assertThat(CreditorRules.problems(new CreditorRequest(CreditorKind.PASST_GENAU_PROVIDER, null,
                "ST_JOSEFSHAUS", "SJH", "St. Josefshaus", new AddressDto("Haupt", null, "9490", "Vaduz", "LI"),
                "LI21 0881 0000 2324 013A A"))).isEmpty();
    }

    @Test
    @DisplayName("intake's provider id exactly for AMI providers, intake's pass(t)genau provider exactly for those")
    void providerKeys() {
        assertThat(CreditorRules.problems(ami(null))).extracting(FieldError::field).containsExactly("intakeProviderId");
        assertThat(CreditorRules.problems(new CreditorRequest(CreditorKind.DAY_CENTER, UUID.randomUUID(), null, null,
                "Tageszentrum", ADDRESS, IBAN))).extracting(FieldError::field).containsExactly("intakeProviderId");
        assertThat(CreditorRules.problems(new CreditorRequest(CreditorKind.PASST_GENAU_PROVIDER, null, null, null,
                "St. Josefshaus", ADDRESS, IBAN))).extracting(FieldError::field).containsExactly("passtGenauProvider");
        assertThat(CreditorRules.problems(new CreditorRequest(CreditorKind.PASST_GENAU_PROVIDER, null, "OTHER", null,
                "St. Josefshaus", ADDRESS, IBAN))).extracting(FieldError::message)
                .containsExactly("must be one of LEBENSHILFE_SUEDSCHWARZWALD, ST_JOSEFSHAUS");
        assertThat(CreditorRules.problems(new CreditorRequest(CreditorKind.DAY_CENTER, null, "ST_JOSEFSHAUS", null,
                "Tageszentrum", ADDRESS, IBAN))).extracting(FieldError::field).containsExactly("passtGenauProvider");
    }

    @Test
    @DisplayName("every offending field is named at once, with the QR-bill's address limits")
    void everyField() {
        CreditorRequest bad = new CreditorRequest(null, null, null, "bad institution!", "x".repeat(71),
                new AddressDto(" ", "1".repeat(17), "0123", "t".repeat(36), "DE"), "DE89 3704 0044 0532 0130 00");
        assertThat(CreditorRules.problems(bad)).extracting(FieldError::field).containsExactlyInAnyOrder("kind",
                "institutionId", "name", "address.street", "address.houseNumber", "address.town", "address.country",
                "address.postalCode", "iban");
        assertThat(CreditorRules.problems(new CreditorRequest(CreditorKind.DAY_CENTER, null, null, null, "TZ", null,
                IBAN))).extracting(FieldError::field).containsExactly("address");
    }

    @Test
    @DisplayName("a Liechtenstein address has a 94xx postal code")
    void liechtenstein() {
        CreditorRequest request = new CreditorRequest(CreditorKind.DAY_CENTER, null, null, null, "TZ",
                new AddressDto("Haupt", "1", "4500", "Vaduz", "LI"), IBAN);
        assertThat(CreditorRules.problems(request)).extracting(FieldError::field).containsExactly("address.postalCode");
    }
}
