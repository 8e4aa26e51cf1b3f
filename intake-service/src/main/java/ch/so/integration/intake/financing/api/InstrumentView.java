package ch.so.integration.intake.financing.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.intake.financing.Debtor;
import ch.so.integration.intake.financing.FinancingInstrument;
import ch.so.integration.intake.financing.InstrumentKind;
import ch.so.integration.intake.financing.InstrumentStatus;
import ch.so.integration.intake.placement.PlacementType;

@JsonInclude(JsonInclude.Include.NON_NULL)
public record InstrumentView(UUID id, UUID placementId, UUID personId, PlacementType placementType,
                             InstrumentKind instrument, String instrumentLabel, Debtor debtor, String debtorLabel,
                             String debtorName, int participantSharePercent, String rule, String reason,
                             LocalDate neededFrom, InstrumentStatus status, String number, String issuer,
                             LocalDate validFrom, LocalDate validTo, BigDecimal amountLimit, String refusalReason,
                             OffsetDateTime requestedAt, OffsetDateTime decidedAt) {

    public static InstrumentView of(FinancingInstrument f) {
        return new InstrumentView(f.id(), f.placementId(), f.personId(), f.placementType(), f.kind(),
                f.kind().label(), f.debtor(), f.debtor().label(), f.debtorName(), f.participantSharePercent(),
                f.rule(), f.reason(), f.neededFrom(), f.status(), f.number(), f.issuer(), f.validFrom(), f.validTo(),
                f.amountLimit(), f.refusalReason(), f.requestedAt(), f.decidedAt());
    }
}
