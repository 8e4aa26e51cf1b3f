package ch.so.integration.billing.record;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** PG-02, PG-05: professional service hours a pass(t)genau trainer rendered in a module on a day. */
@Entity
@Table(name = "module_hours")
public class ModuleHours {

    @Id
    private UUID id;

    @Column(name = "participation_id", nullable = false)
    private UUID participationId;

    /** Intake's module name, e.g. ENTRY_PHASE. */
    @Column(nullable = false, length = 30)
    private String module;

    @Column(name = "day", nullable = false)
    private LocalDate day;

    @Column(nullable = false, precision = 4, scale = 2)
    private BigDecimal hours;

    @Column(length = 500)
    private String note;

    @Column(name = "recorded_at", nullable = false)
    private OffsetDateTime recordedAt;

    protected ModuleHours() {
    }

    /** Checked by {@link ModuleHourLimits} first. */
    public static ModuleHours record(UUID participationId, String module, LocalDate day, BigDecimal hours,
                                     String note, Clock clock) {
        ModuleHours entry = new ModuleHours();
        entry.id = UUID.randomUUID();
        entry.participationId = participationId;
        entry.module = module;
        entry.day = day;
        entry.hours = hours;
        entry.note = note == null || note.isBlank() ? null : note.strip();
        entry.recordedAt = OffsetDateTime.now(clock);
        return entry;
    }

    public UUID id() {
        return id;
    }

    public UUID participationId() {
        return participationId;
    }

    public String module() {
        return module;
    }

    public LocalDate day() {
        return day;
    }

    public BigDecimal hours() {
        return hours;
    }

    public String note() {
        return note;
    }

    public OffsetDateTime recordedAt() {
        return recordedAt;
    }
}
