package ch.so.integration.billing.participation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

import ch.so.integration.billing.calculation.ParticipantMonth;
import ch.so.integration.billing.payer.Financing;
import ch.so.integration.billing.payer.ServicePeriod;
import ch.so.integration.billing.payer.WaiverApplication;
import ch.so.integration.billing.tariff.IbbLevel;

/**
 * What the monthly run needs of one participation (billing's view of an intake placement) in one month, assembled
 * from the placement and financing events, the provider's service records and the day center's month close. The
 * invoicing package reads only this; it never reads participation tables.
 *
 * <p>{@code participantName} is "Name Vorname" as the invoice line shows it; {@code period} is the billed days of the
 * month (the whole month, or from the entry day / to the exit day); {@code financing} is the instrument valid in the
 * period (granted, or requested where the kind needs no grant), with its number where granted.
 */
public sealed interface BillableMonth {

    UUID participationId();

    UUID creditorId();

    String participantName();

    YearMonth month();

    /** An AMI programme month (AM-07): the calculator's input, plus who pays and, for AM-06, the participant's
     * waiver application (null when none), decided by the run against the month's rest. */
    record Programme(UUID participationId, UUID creditorId, String participantName, YearMonth month,
                     ParticipantMonth input, ServicePeriod period, Financing financing,
                     WaiverApplication waiverApplication)
            implements BillableMonth {
        public Programme {
            Objects.requireNonNull(input, "input");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(financing, "financing");
        }
    }

    /**
     * A day-center place month (DC-05, DC-07, DC-21), from the day center's closed month: the IBB level
     * ({@link IbbLevel#ASSESSMENT_PENDING} while none is set), the admission day (for the 75-day limit), the month's
     * actual Pensum, and whether the stationary-resident 100 % basis applies.
     */
    record DayCenter(UUID participationId, UUID creditorId, String participantName, YearMonth month,
                     IbbLevel ibbLevel, LocalDate admission, BigDecimal pensumPercent,
                     boolean stationaryWithoutExternalPlaceOrJob, ServicePeriod period, Financing financing)
            implements BillableMonth {
        public DayCenter {
            Objects.requireNonNull(ibbLevel, "ibbLevel");
            Objects.requireNonNull(admission, "admission");
            Objects.requireNonNull(pensumPercent, "pensumPercent");
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(financing, "financing");
        }
    }

    /** A pass(t)genau month (PG-02, PG-05): the professional service hours recorded per module in the month. */
    record Passtgenau(UUID participationId, UUID creditorId, String participantName, YearMonth month,
                      List<ModuleHours> hours, ServicePeriod period, Financing financing)
            implements BillableMonth {
        public Passtgenau {
            hours = List.copyOf(hours);
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(financing, "financing");
        }
    }

    /** One module's hours in the month; {@code module} is intake's module name (e.g. ENTRY_PHASE). */
    record ModuleHours(String module, String label, BigDecimal hours) {
    }

    /**
     * A participation that should be billed this month but cannot be yet (no financing known, no schedule, month not
     * closed by the day center...): the run records it as an open item for the back office, citing {@code rule}.
     */
    record NotBillable(UUID participationId, UUID creditorId, String participantName, YearMonth month, String rule,
                       String reason) implements BillableMonth {
    }
}
