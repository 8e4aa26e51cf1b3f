package ch.so.integration.daycenter.place;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** What happened to a place, and which event brought it (so each change can be traced to its source). */
@Entity
@Table(name = "place_history")
public class PlaceHistoryEntry {

    @Id
    private UUID id;

    @Column(name = "placement_id", nullable = false)
    private UUID placementId;

    @Column(name = "occurred_at", nullable = false)
    private OffsetDateTime occurredAt;

    @Column(nullable = false, length = 40)
    private String change;

    @Column(name = "source_event_id")
    private UUID sourceEventId;

    @Column(length = 300)
    private String detail;

    protected PlaceHistoryEntry() {
    }

    PlaceHistoryEntry(UUID placementId, OffsetDateTime occurredAt, String change, UUID sourceEventId) {
        this(placementId, occurredAt, change, sourceEventId, null);
    }

    PlaceHistoryEntry(UUID placementId, OffsetDateTime occurredAt, String change, UUID sourceEventId, String detail) {
        this.detail = detail;
        this.id = UUID.randomUUID();
        this.placementId = placementId;
        this.occurredAt = occurredAt;
        this.change = change;
        this.sourceEventId = sourceEventId;
    }

    public OffsetDateTime occurredAt() {
        return occurredAt;
    }

    public String change() {
        return change;
    }

    public String detail() {
        return detail;
    }

    public UUID sourceEventId() {
        return sourceEventId;
    }
}
