package ch.so.integration.billing.calculation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import ch.so.integration.billing.tariff.ProgrammeType;
import ch.so.integration.billing.tariff.ProviderTariff;
import ch.so.integration.billing.tariff.TariffUnit;

/**
 * A participant's place in a provider's AMI programme as billing needs it: the type, the entry and (once known) exit
 * date, the agreement (days per week 1–5, hours per day) and the provider's tariffs for that type.
 *
 * @param exitDate null while the participant is still in the programme
 * @param daysPerWeek agreed days per week, 1 to 5; a full month counts 21.7 × daysPerWeek / 5 days (AM-07)
 * @param agreedHoursPerDay agreed hours per day; under 4 h a full month is billed at 70 % of the day price (AM-07)
 */
public record Placement(String participant, ProgrammeType type, LocalDate entryDate, LocalDate exitDate,
                        int daysPerWeek, BigDecimal agreedHoursPerDay, List<ProviderTariff> tariffs) {

    public Placement {
        Objects.requireNonNull(participant, "participant");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(entryDate, "entryDate");
        Objects.requireNonNull(agreedHoursPerDay, "agreedHoursPerDay");
        tariffs = List.copyOf(tariffs);
        if (exitDate != null && exitDate.isBefore(entryDate)) {
            throw new IllegalArgumentException("exit " + exitDate + " is before entry " + entryDate);
        }
        if (daysPerWeek < 1 || daysPerWeek > 5) {
            throw new IllegalArgumentException("days per week must be 1 to 5: " + daysPerWeek);
        }
        if (agreedHoursPerDay.signum() <= 0) {
            throw new IllegalArgumentException("agreed hours per day must be above 0");
        }
        for (ProviderTariff tariff : tariffs) {
            if (tariff.type() != type) {
                throw new IllegalArgumentException("tariff for " + tariff.type().label() + " on a "
                        + type.label() + " placement");
            }
        }
        if (tariffs.stream().map(ProviderTariff::unit).distinct().count() != tariffs.size()) {
            throw new IllegalArgumentException("one tariff per unit");
        }
    }

    public Optional<ProviderTariff> tariff(TariffUnit unit) {
        return tariffs.stream().filter(t -> t.unit() == unit).findFirst();
    }
}
