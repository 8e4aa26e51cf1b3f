package ch.so.integration.iiz.powerofattorney.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonInclude;

import ch.so.integration.iiz.powerofattorney.PowerOfAttorney;

/** A recorded Vollmacht and its state today (VALID, EXPIRED, REVOKED, LAPSED). */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record PowerOfAttorneyView(UUID id, UUID caseId, LocalDate signedOn, LocalDate validUntil,
                                  List<String> institutions, String scanReference, PowerOfAttorney.State state,
                                  LocalDate endedOn, String recordedBy, OffsetDateTime recordedAt) {

    public static PowerOfAttorneyView of(PowerOfAttorney p, LocalDate today) {
        return new PowerOfAttorneyView(p.id(), p.caseId(), p.signedOn(), p.validUntil(), p.institutions(),
                p.scanReference(), p.stateOn(today), p.endedOn().orElse(null), p.recordedBy(), p.recordedAt());
    }
}
