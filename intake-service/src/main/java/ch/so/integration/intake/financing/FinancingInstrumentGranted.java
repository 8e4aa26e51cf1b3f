package ch.so.integration.intake.financing;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonFormat;

import ch.so.integration.platform.events.DomainEvent;
import ch.so.integration.platform.events.EventType;

/**
 * The financing body granted the instrument: billing may invoice the debtor within its validity and limit. The
 * amount is a decimal string in CHF ("12000.00"), so no consumer loses cents to floating point.
 */
@EventType(aggregate = "financing-instrument", name = "financing-instrument-granted", version = 1)
public record FinancingInstrumentGranted(UUID instrumentId, UUID placementId, UUID personId, InstrumentKind instrument,
                                         Debtor debtor, String debtorName, int participantSharePercent, String number,
                                         String issuer, LocalDate validFrom, LocalDate validTo,
                                         @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amountLimit)
        implements DomainEvent {
    @Override
    public String aggregateId() {
        return instrumentId.toString();
    }
}
