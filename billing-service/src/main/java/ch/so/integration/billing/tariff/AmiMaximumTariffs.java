package ch.so.integration.billing.tariff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * AM-01: the maximum tariffs of the AMI programme types, as versioned data. Production reads the table from the
 * database ({@link TariffCatalogue}; the migration seeds the same rows as {@link #DEFAULT}); {@link #DEFAULT} is the
 * seed-004 edition ("Höchsttarife") for plain unit tests. The seed gives no date, so its rows are held as valid from
 * 2024-01-01, open-ended. A new edition is added as new rows with their own validity (POST
 * /api/billing/tariffs/ami-maximum); rows of one type and unit must not overlap.
 *
 * <p>Teillohn has no row: its programmes cost CHF 0 and take no tariff.
 */
public final class AmiMaximumTariffs {

    /** Validity of the seed-004 edition (no date in the seed). */
    public static final LocalDate SEED_EDITION_FROM = LocalDate.of(2024, 1, 1);

    public static final AmiMaximumTariffs DEFAULT = new AmiMaximumTariffs(List.of(
            row(ProgrammeType.INTEGRATION_ARBEIT, TariffUnit.COACHING_HOUR, "250.00", null),
            row(ProgrammeType.INTEGRATION_ARBEIT, TariffUnit.DAY, "90.00", null),
            row(ProgrammeType.COACHING, TariffUnit.COACHING_HOUR, "200.00", null),
            row(ProgrammeType.QUALIFIZIERUNG, TariffUnit.DAY, "80.00", null),
            row(ProgrammeType.JUGENDPROGRAMM, TariffUnit.DAY, "100.00", null),
            row(ProgrammeType.BESCHAEFTIGUNG_I, TariffUnit.DAY, "35.00", null),
            row(ProgrammeType.BESCHAEFTIGUNG_I_PROGRAMM_R, TariffUnit.DAY, "50.00", null),
            row(ProgrammeType.TRAUMAPROGRAMM, TariffUnit.DAY, "120.00", null),
            row(ProgrammeType.BESCHAEFTIGUNG_II, TariffUnit.DAY, "50.00", null),
            row(ProgrammeType.SUCHTHILFE_STUNDENLOHN, TariffUnit.HOUR_WORKED, "4.00", "350.00")));

    private final List<MaximumTariff> rows;

    public AmiMaximumTariffs(List<MaximumTariff> rows) {
        this.rows = List.copyOf(rows);
        for (int i = 0; i < this.rows.size(); i++) {
            for (int j = i + 1; j < this.rows.size(); j++) {
                MaximumTariff a = this.rows.get(i);
                MaximumTariff b = this.rows.get(j);
                if (a.type() == b.type() && a.unit() == b.unit() && a.validity().overlaps(b.validity())) {
                    throw new IllegalArgumentException("overlapping maximum tariffs for " + a.type().label() + " "
                            + a.unit().label());
                }
            }
        }
    }

    public List<MaximumTariff> rows() {
        return rows;
    }

    /** AM-01: the maximum tariff of a type in a unit on a date; empty when the type is not billed in that unit. */
    public Optional<MaximumTariff> maximum(ProgrammeType type, TariffUnit unit, LocalDate on) {
        return rows.stream()
                .filter(r -> r.type() == type && r.unit() == unit && r.validity().contains(on))
                .findFirst();
    }

    /** AM-01: the units a type is billed in on a date (none for Teillohn). */
    public List<TariffUnit> units(ProgrammeType type, LocalDate on) {
        return rows.stream().filter(r -> r.type() == type && r.validity().contains(on)).map(MaximumTariff::unit)
                .distinct().toList();
    }

    /** AM-01: the monthly cap of a type on a date (Suchthilfe Stundenlohn: CHF 350). */
    public Optional<BigDecimal> monthlyCap(ProgrammeType type, LocalDate on) {
        return rows.stream().filter(r -> r.type() == type && r.validity().contains(on) && r.monthlyCapChf() != null)
                .map(MaximumTariff::monthlyCapChf).findFirst();
    }

    /**
     * AM-01: why a provider's tariff is not allowed on a date, or empty when it is: it must be in a unit the type is
     * billed in and must not exceed the maximum there.
     */
    public Optional<String> problem(ProgrammeType type, TariffUnit unit, BigDecimal chf, LocalDate on) {
        Optional<MaximumTariff> maximum = maximum(type, unit, on);
        if (maximum.isEmpty()) {
            return Optional.of(type == ProgrammeType.TEILLOHN
                    ? "AM-01: Teillohn kostet CHF 0.00 und hat keinen Tarif"
                    : "AM-01: " + type.label() + " hat am " + on + " keinen Tarif " + unit.label());
        }
        if (chf.compareTo(maximum.get().maximumChf()) > 0) {
            return Optional.of("AM-01: Tarif CHF " + chf.toPlainString() + " " + unit.label() + " übersteigt den "
                    + "Höchsttarif von CHF " + maximum.get().maximumChf().toPlainString() + " für "
                    + type.label());
        }
        return Optional.empty();
    }

    /**
     * AM-01: a provider's tariff, refused with an {@link IllegalArgumentException} naming AM-01 when above the
     * maximum or in a unit the type is not billed in.
     */
    public ProviderTariff approve(ProgrammeType type, TariffUnit unit, BigDecimal chf, LocalDate on) {
        problem(type, unit, chf, on).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        });
        return new ProviderTariff(type, unit, chf);
    }

    private static MaximumTariff row(ProgrammeType type, TariffUnit unit, String max, String monthlyCap) {
        return new MaximumTariff(type, unit, new BigDecimal(max),
                monthlyCap == null ? null : new BigDecimal(monthlyCap), Validity.from(SEED_EDITION_FROM));
    }
}
