package ch.so.integration.segmentation.integrationcase.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

import ch.so.integration.segmentation.integrationcase.DetachmentReason;

/**
 * SG-01: a case ends during intake, before any segment: the person is not entitled (and not followed as prevention),
 * handed on by the subsidiarity check, withdrew, or another reason.
 */
public record WithdrawRequest(@NotNull(message = "is required") LocalDate date,
                              @NotNull(message = "is required (NOT_ENTITLED, SUBSIDIARITY, WITHDRAWN or OTHER)")
                              DetachmentReason reason) {
}
