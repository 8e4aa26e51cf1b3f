package ch.so.integration.billing.creditor;

import java.util.Objects;
import java.util.UUID;

/**
 * Who issues invoices and is paid (the QR-bill's creditor): an AMI provider, the day center, or a pass(t)genau
 * provider. {@code institutionId} is the partner token's institution claim that may submit service records and read
 * this creditor's invoices. {@code iban} is an IBAN or QR-IBAN of a Swiss or Liechtenstein account.
 */
public record CreditorAccount(UUID id, CreditorKind kind, String institutionId, String name, String street,
                              String houseNumber, String postalCode, String town, String country, String iban) {

    public CreditorAccount {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(iban, "iban");
    }
}
