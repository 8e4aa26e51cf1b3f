package ch.so.integration.intake.programme;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import ch.so.integration.intake.programme.ProgrammeType.TariffUnit;

/**
 * A programme's tariffs in CHF, one per unit; {@code null} where the programme is not billed in that unit. Amounts
 * are never negative and carry two decimals.
 */
public record Tariffs(BigDecimal perCoachingHour, BigDecimal perDay, BigDecimal perHourWorked) {

    /** Teillohn: no tariff, the programme costs CHF 0 (AM-01). */
    public static final Tariffs NONE = new Tariffs(null, null, null);

    /** @throws IllegalArgumentException for a negative amount or one with more than two decimals */
    public Tariffs {
        perCoachingHour = money(perCoachingHour);
        perDay = money(perDay);
        perHourWorked = money(perHourWorked);
    }

    /** A refused tariff: the unit it is given in ({@code null}: the tariffs as a whole) and why. */
    public record Violation(TariffUnit unit, String message) {
    }

    public Optional<BigDecimal> in(TariffUnit unit) {
        return Optional.ofNullable(switch (unit) {
            case COACHING_HOUR -> perCoachingHour;
            case DAY -> perDay;
            case HOUR_WORKED -> perHourWorked;
        });
    }

    /**
     * AM-01: what keeps these tariffs from being a provider's tariffs for a programme of the type. Each tariff must be
     * in a unit the type is billed in and at most the type's maximum there; a type billed in some unit needs a tariff
     * in at least one of them. Empty when the tariffs are allowed.
     */
    public List<Violation> violationsFor(ProgrammeType type) {
        List<Violation> violations = new ArrayList<>();
        for (TariffUnit unit : TariffUnit.values()) {
            in(unit).flatMap(tariff -> type.tariffProblem(unit, tariff))
                    .ifPresent(problem -> violations.add(new Violation(unit, problem)));
        }
        List<TariffUnit> units = type.tariffUnits();
        if (!units.isEmpty() && units.stream().allMatch(unit -> in(unit).isEmpty())) {
            violations.add(new Violation(null, type.label() + " needs a tariff "
                    + units.stream().map(TariffUnit::label).collect(Collectors.joining(" or ")) + " (AM-01)"));
        }
        return violations;
    }

    /** The JSON field of a unit's tariff, e.g. {@code perCoachingHour}. */
    public static String field(TariffUnit unit) {
        return switch (unit) {
            case COACHING_HOUR -> "perCoachingHour";
            case DAY -> "perDay";
            case HOUR_WORKED -> "perHourWorked";
        };
    }

    private static BigDecimal money(BigDecimal amount) {
        if (amount == null) {
            return null;
        }
        if (amount.signum() < 0) {
            throw new IllegalArgumentException("a tariff must not be negative");
        }
        if (amount.stripTrailingZeros().scale() > 2) {
            throw new IllegalArgumentException("a tariff has at most two decimals");
        }
        return amount.setScale(2, RoundingMode.UNNECESSARY);
    }
}
