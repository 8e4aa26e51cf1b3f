package ch.so.integration.intake.placement;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/** How many day-center places a setting has (DC-08 gives semi-stationary places by capacity; DC-19 reports it). */
@Entity
@Table(name = "place_capacity")
public class PlaceCapacity {

    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "placement_type", length = 40)
    private PlacementType type;

    @Column(nullable = false)
    private int places;

    @Column(name = "updated_at", nullable = false)
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    protected PlaceCapacity() {
    }

    public PlaceCapacity(PlacementType type, int places, OffsetDateTime now) {
        this.type = type;
        set(places, now);
    }

    public void set(int places, OffsetDateTime now) {
        if (places < 0) {
            throw new IllegalArgumentException("capacity is not negative");
        }
        this.places = places;
        this.updatedAt = now;
    }

    public PlacementType type() { return type; }
    public int places() { return places; }
    public OffsetDateTime updatedAt() { return updatedAt; }
}
