package ch.so.integration.billing.creditor;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * Who issues invoices and is paid: the QR-bill's creditor. An organisation, not a person. The kind never changes
 * (invoices already issued name it); everything else may be corrected.
 */
@Entity
@Table(name = "creditor")
public class Creditor {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 30)
    private CreditorKind kind;

    /** Intake's provider id (AMI providers), unique; null for the day center and pass(t)genau providers. */
    @Column(name = "intake_provider_id")
    private UUID intakeProviderId;

    /** Intake's pass(t)genau provider (PG-05: LEBENSHILFE_SUEDSCHWARZWALD, ST_JOSEFSHAUS), unique; null for the others. */
    @Column(name = "passt_genau_provider", length = 40)
    private String passtGenauProvider;

    /** The partner token's institution claim that acts for this creditor; null when no partner does. */
    @Column(name = "institution_id", length = 100)
    private String institutionId;

    @Column(nullable = false, length = 70)
    private String name;

    @Column(nullable = false, length = 70)
    private String street;

    @Column(name = "house_number", length = 16)
    private String houseNumber;

    @Column(name = "postal_code", nullable = false, length = 4)
    private String postalCode;

    @Column(nullable = false, length = 35)
    private String town;

    @Column(nullable = false, length = 2)
    private String country;

    /** Upper case, without spaces. */
    @Column(nullable = false, length = 21)
    private String iban;

    @Column(name = "qr_iban", nullable = false)
    private boolean qrIban;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Column(name = "changed_at", nullable = false)
    private OffsetDateTime changedAt;

    @Version
    private long version;

    protected Creditor() {
    }

    /** The terms of a creditor as the API validated them. */
    public record Terms(UUID intakeProviderId, String passtGenauProvider, String institutionId, String name, String street, String houseNumber,
                        String postalCode, String town, String country, Iban iban) {
    }

    public static Creditor register(CreditorKind kind, Terms terms, Clock clock) {
        Creditor creditor = new Creditor();
        creditor.id = UUID.randomUUID();
        creditor.kind = kind;
        creditor.createdAt = OffsetDateTime.now(clock);
        creditor.apply(terms, clock);
        return creditor;
    }

    /** Replaces the changeable terms (all but the kind). */
    public void change(Terms terms, Clock clock) {
        apply(terms, clock);
    }

    private void apply(Terms terms, Clock clock) {
        intakeProviderId = terms.intakeProviderId();
        passtGenauProvider = terms.passtGenauProvider();
        institutionId = blankToNull(terms.institutionId());
        name = terms.name().strip();
        street = terms.street().strip();
        houseNumber = blankToNull(terms.houseNumber());
        postalCode = terms.postalCode();
        town = terms.town().strip();
        country = terms.country();
        iban = terms.iban().value();
        qrIban = terms.iban().qr();
        changedAt = OffsetDateTime.now(clock);
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public CreditorAccount account() {
        return new CreditorAccount(id, kind, institutionId, name, street, houseNumber, postalCode, town, country, iban);
    }

    public UUID id() {
        return id;
    }

    public CreditorKind kind() {
        return kind;
    }

    public UUID intakeProviderId() {
        return intakeProviderId;
    }

    public String passtGenauProvider() {
        return passtGenauProvider;
    }

    public String institutionId() {
        return institutionId;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String houseNumber() {
        return houseNumber;
    }

    public String postalCode() {
        return postalCode;
    }

    public String town() {
        return town;
    }

    public String country() {
        return country;
    }

    public String iban() {
        return iban;
    }

    public boolean qrIban() {
        return qrIban;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }

    public OffsetDateTime changedAt() {
        return changedAt;
    }

    public long version() {
        return version;
    }
}
