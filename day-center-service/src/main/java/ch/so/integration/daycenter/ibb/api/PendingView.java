package ch.so.integration.daycenter.ibb.api;

import java.time.LocalDate;
import java.util.UUID;

/** A participant holding a place today without a valid IBB classification: assessment pending. */
public record PendingView(UUID placementId, UUID personId, String officialName, String firstName, LocalDate startDate) {
}
