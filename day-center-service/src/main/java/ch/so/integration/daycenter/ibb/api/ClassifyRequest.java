package ch.so.integration.daycenter.ibb.api;

import java.time.LocalDate;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** DC-16: an IBB level 0-4, valid from a day, until a day or open-ended; who classified (e.g. the IBB assessor). */
public record ClassifyRequest(@NotNull(message = "is required") @Min(value = 0, message = "must be 0 to 4")
                              @Max(value = 4, message = "must be 0 to 4") Integer level,
                              @NotNull(message = "is required") LocalDate validFrom,
                              LocalDate validTo,
                              @NotBlank(message = "is required") @Size(max = 200, message = "at most 200 characters")
                              String classifiedBy) {
}
