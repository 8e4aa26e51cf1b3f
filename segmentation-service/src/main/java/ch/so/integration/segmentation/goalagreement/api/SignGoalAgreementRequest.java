package ch.so.integration.segmentation.goalagreement.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotNull;

/** SG-06: the day the person signed. */
public record SignGoalAgreementRequest(@NotNull(message = "is required") LocalDate signedOn) {
}
