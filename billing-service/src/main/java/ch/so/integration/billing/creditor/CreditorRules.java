package ch.so.integration.billing.creditor;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import ch.so.integration.billing.creditor.api.AddressDto;
import ch.so.integration.billing.creditor.api.CreditorRequest;
import ch.so.integration.platform.problem.FieldError;

/**
 * What a creditor must satisfy, field by field, so that its QR-bills can be issued: the QR-bill's limits for the
 * structured address (name and street 70, house number 16, town 35 characters), a Swiss or Liechtenstein postal
 * code, a CH/LI IBAN or QR-IBAN with a valid check sum, intake's provider id exactly for AMI providers and intake's
 * pass(t)genau provider exactly for pass(t)genau providers.
 */
public final class CreditorRules {

    static final Pattern POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");
    /** Institution ids as the tokens carry them. */
    static final Pattern INSTITUTION = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    /** PG-05: the two cooperating providers, by intake's names for them. */
    static final List<String> PASST_GENAU_PROVIDERS = List.of("LEBENSHILFE_SUEDSCHWARZWALD", "ST_JOSEFSHAUS");

    private CreditorRules() {
    }

    /** Every offending field, by its JSON path; empty when the request is fine. */
    public static List<FieldError> problems(CreditorRequest request) {
        List<FieldError> errors = new ArrayList<>();
        if (request.kind() == null) {
            errors.add(new FieldError("kind", "is required: AMI_PROVIDER, DAY_CENTER or PASST_GENAU_PROVIDER"));
        } else if (request.kind() == CreditorKind.AMI_PROVIDER && request.intakeProviderId() == null) {
            errors.add(new FieldError("intakeProviderId", "is required for an AMI provider"));
        } else if (request.kind() != CreditorKind.AMI_PROVIDER && request.intakeProviderId() != null) {
            errors.add(new FieldError("intakeProviderId", "is only for AMI providers"));
        }
        if (request.kind() == CreditorKind.PASST_GENAU_PROVIDER && request.passtGenauProvider() == null) {
            errors.add(new FieldError("passtGenauProvider", "is required for a pass(t)genau provider: one of "
                    + String.join(", ", PASST_GENAU_PROVIDERS)));
        } else if (request.passtGenauProvider() != null && request.kind() != null
                && request.kind() != CreditorKind.PASST_GENAU_PROVIDER) {
            errors.add(new FieldError("passtGenauProvider", "is only for pass(t)genau providers"));
        } else if (request.passtGenauProvider() != null && !PASST_GENAU_PROVIDERS.contains(request.passtGenauProvider())) {
            errors.add(new FieldError("passtGenauProvider", "must be one of " + String.join(", ", PASST_GENAU_PROVIDERS)));
        }
        if (request.institutionId() != null && !request.institutionId().isBlank()
                && !INSTITUTION.matcher(request.institutionId().strip()).matches()) {
            errors.add(new FieldError("institutionId", "must be 1 to 100 letters, digits or . _ : -"));
        }
        text(errors, "name", request.name(), 70, true);
        AddressDto address = request.address();
        if (address == null) {
            errors.add(new FieldError("address", "is required"));
        } else {
            text(errors, "address.street", address.street(), 70, true);
            text(errors, "address.houseNumber", address.houseNumber(), 16, false);
            text(errors, "address.town", address.town(), 35, true);
            if (address.country() == null || !(address.country().equals("CH") || address.country().equals("LI"))) {
                errors.add(new FieldError("address.country", "must be CH or LI"));
            }
            if (address.postalCode() == null || !POSTAL_CODE.matcher(address.postalCode()).matches()) {
                errors.add(new FieldError("address.postalCode", "must be a postal code of 4 digits"));
            } else if ("LI".equals(address.country()) && !address.postalCode().startsWith("94")) {
                errors.add(new FieldError("address.postalCode", "is not a Liechtenstein postal code (94xx)"));
            }
        }
        Iban.problem(request.iban()).ifPresent(problem -> errors.add(new FieldError("iban", problem)));
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, "is required"));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(field, "must be at most " + max + " characters"));
        }
    }
}
