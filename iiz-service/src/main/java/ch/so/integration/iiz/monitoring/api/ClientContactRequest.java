package ch.so.integration.iiz.monitoring.api;

import java.time.LocalDate;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import ch.so.integration.iiz.monitoring.ClientContact;

/** IZ-09: a contact with the client. */
public record ClientContactRequest(
        @NotNull(message = "is required") LocalDate contactOn,
        @NotNull(message = "is required") ClientContact.Channel channel,
        @NotNull(message = "is required") ClientContact.InitiatedBy initiatedBy,
        @NotBlank(message = "is required") @Size(max = 4000, message = "must be at most 4000 characters") String note) {
}
