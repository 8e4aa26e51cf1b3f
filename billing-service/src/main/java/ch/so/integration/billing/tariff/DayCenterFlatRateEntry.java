package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** DC-21: one stored row of the day-center flat-rate table (a version of one IBB level). */
@Entity
@Table(name = "day_center_flat_rate")
public class DayCenterFlatRateEntry implements TariffEntry {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "ibb_level", nullable = false, length = 20)
    private IbbLevel level;

    @Column(name = "monthly_chf", nullable = false, precision = 10, scale = 2)
    private BigDecimal monthlyChf;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected DayCenterFlatRateEntry() {
    }

    public static DayCenterFlatRateEntry create(DayCenterFlatRate row, Clock clock) {
        if (row.validity().validTo() != null) {
            throw new IllegalArgumentException("a new version is open-ended");
        }
        DayCenterFlatRateEntry entry = new DayCenterFlatRateEntry();
        entry.id = UUID.randomUUID();
        entry.level = row.level();
        entry.monthlyChf = row.monthlyChf();
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

    public DayCenterFlatRate row() {
        return new DayCenterFlatRate(level, monthlyChf, validity());
    }
}
