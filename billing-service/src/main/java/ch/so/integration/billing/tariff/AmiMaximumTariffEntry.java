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

/** AM-01: one stored row of the maximum-tariff table (a version of one programme type and unit). */
@Entity
@Table(name = "ami_maximum_tariff")
public class AmiMaximumTariffEntry implements TariffEntry {

    @Id
    private UUID id;

    @Enumerated(EnumType.STRING)
    @Column(name = "programme_type", nullable = false, length = 40)
    private ProgrammeType programmeType;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private TariffUnit unit;

    @Column(name = "maximum_chf", nullable = false, precision = 10, scale = 2)
    private BigDecimal maximumChf;

    @Column(name = "monthly_cap_chf", precision = 10, scale = 2)
    private BigDecimal monthlyCapChf;

    @Column(name = "valid_from", nullable = false)
    private LocalDate validFrom;

    @Column(name = "valid_to")
    private LocalDate validTo;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected AmiMaximumTariffEntry() {
    }

    /** A new open-ended version; the domain record checks the amounts. */
    public static AmiMaximumTariffEntry create(MaximumTariff row, Clock clock) {
        if (row.validity().validTo() != null) {
            throw new IllegalArgumentException("a new version is open-ended");
        }
        AmiMaximumTariffEntry entry = new AmiMaximumTariffEntry();
        entry.id = UUID.randomUUID();
        entry.programmeType = row.type();
        entry.unit = row.unit();
        entry.maximumChf = row.maximumChf();
        entry.monthlyCapChf = row.monthlyCapChf();
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

    public MaximumTariff row() {
        return new MaximumTariff(programmeType, unit, maximumChf, monthlyCapChf, validity());
    }
}
