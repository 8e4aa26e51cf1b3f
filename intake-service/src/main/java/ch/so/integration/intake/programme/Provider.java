package ch.so.integration.intake.programme;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** An organisation that runs labour-market integration programmes (AMI), inside or outside the canton. */
@Entity
@Table(name = "provider")
public class Provider {

    @Id
    private UUID id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(length = 100)
    private String street;

    @Column(name = "postal_code", nullable = false, length = 4)
    private String postalCode;

    @Column(nullable = false, length = 100)
    private String town;

    @Column(nullable = false, length = 2)
    private String canton;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Provider() {
    }

    /** @param street may be null; the others are required (the API validates them first) */
    public static Provider register(String name, String street, String postalCode, String town, String canton,
                                    Clock clock) {
        Provider provider = new Provider();
        provider.id = UUID.randomUUID();
        provider.name = name.strip();
        provider.street = street == null || street.isBlank() ? null : street.strip();
        provider.postalCode = postalCode;
        provider.town = town.strip();
        provider.canton = canton;
        provider.createdAt = OffsetDateTime.now(clock);
        return provider;
    }

    public UUID id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String street() {
        return street;
    }

    public String postalCode() {
        return postalCode;
    }

    public String town() {
        return town;
    }

    /** The canton abbreviation of the provider's seat, e.g. {@code SO}. */
    public String canton() {
        return canton;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
