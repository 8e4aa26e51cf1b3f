package ch.so.integration.billing.creditor.api;

import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.billing.creditor.Creditor;
import ch.so.integration.billing.creditor.CreditorKind;
import ch.so.integration.billing.creditor.Iban;

/**
 * @param iban   upper case without spaces
 * @param qrIban whether the account is a QR-IBAN (institution id 30000–31999): its QR-bills carry a QR reference
 */
public record CreditorView(UUID id, CreditorKind kind, UUID intakeProviderId, String passtGenauProvider,
                           String institutionId, String name,
                           AddressDto address, String iban, String ibanFormatted, boolean qrIban,
                           OffsetDateTime createdAt, OffsetDateTime changedAt, long version) {

    public static CreditorView of(Creditor c) {
        return new CreditorView(c.id(), c.kind(), c.intakeProviderId(), c.passtGenauProvider(), c.institutionId(), c.name(),
                new AddressDto(c.street(), c.houseNumber(), c.postalCode(), c.town(), c.country()), c.iban(),
                new Iban(c.iban()).formatted(), c.qrIban(), c.createdAt(), c.changedAt(), c.version());
    }
}
