package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Currency;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** PG-05: one stored row of the pass(t)genau rate table (a version of one module, or of all modules). */
@Entity
@Table(name = "passtgenau_rate")
public class PasstgenauRateEntry implements TariffEntry {

    @Id
    private UUID id;

    @Column(length = 40)
    private String module;

    @Column(name = "rate_per_hour", nullable = false, precision = 10, scale = 2)
    private BigDecimal ratePerHour;

    @Column(nullable = false, length = 3)
    private String currency;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected PasstgenauRateEntry() {
    }

    public static PasstgenauRateEntry create(ServiceHourRate row, Clock clock) {
        if (row.validity().validTo() != null) {
            throw new IllegalArgumentException("a new version is open-ended");
        }
        PasstgenauRateEntry entry = new PasstgenauRateEntry();
        entry.id = UUID.randomUUID();
        entry.module = row.module();
        entry.ratePerHour = row.ratePerHour();
        entry.currency = row.currency().getCurrencyCode();
        entry.validFrom = row.validity().validFrom();
        entry.createdAt = OffsetDateTime.now(clock);
        return entry;
    }

    @Override
    public UUID id() {
        return id;
    }

    @Override
    public Validity validity() {
        return new Validity(validFrom, validTo);
    }

    @Override
    public void closeOn(LocalDate lastDay) {
        validTo = TariffEntry.checkedClose(validity(), lastDay);
    }

    public ServiceHourRate row() {
        return new ServiceHourRate(ratePerHour, Currency.getInstance(currency), validity(), module);
    }
}
