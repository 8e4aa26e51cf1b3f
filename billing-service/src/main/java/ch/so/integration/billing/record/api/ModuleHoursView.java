package ch.so.integration.billing.record.api;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import ch.so.integration.billing.record.ModuleHours;

public record ModuleHoursView(UUID id, UUID participationId, String module, LocalDate date, BigDecimal hours,
                              String note, OffsetDateTime recordedAt) {

    public static ModuleHoursView of(ModuleHours e) {
        return new ModuleHoursView(e.id(), e.participationId(), e.module(), e.day(), e.hours(), e.note(),
                e.recordedAt());
    }
}
