package ch.so.integration.daycenter.ibb.api;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

public record ClassificationView(UUID id, int level, LocalDate validFrom, LocalDate validTo, String classifiedBy,
                                 OffsetDateTime recordedAt) {
}
