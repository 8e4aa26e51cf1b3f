package ch.so.integration.intake.placement;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ch.so.integration.intake.person.Person;
import ch.so.integration.platform.events.DomainEvent;

/**
 * A person's placement. Guarded state changes register events; the service hands them to the outbox in the
 * same transaction.
 */
@Entity
@Table(name = "placement")
public class Placement {

    /** DC-05: Pensum is counted in 10 % steps up to 100 %. */
    public static final int PENSUM_STEP = 10;

    @Id
    private UUID id;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40)
    private PlacementType type;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "pensum_percent", nullable = false)
    private int pensumPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlacementStatus status;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

    protected Placement() {
    }

    /**
     * @throws IllegalArgumentException when the Pensum is not a 10 % step between 10 and 100 (DC-05)
     */
    public static Placement create(Person person, PlacementType type, LocalDate startDate, int pensumPercent,
                                   Clock clock) {
        if (!isValidPensum(pensumPercent)) {
            throw new IllegalArgumentException("Pensum must be 10 to 100 % in steps of 10 (DC-05)");
        }
        Placement placement = new Placement();
        placement.id = UUID.randomUUID();
        placement.personId = person.id();
        placement.type = type;
        placement.startDate = startDate;
        placement.pensumPercent = pensumPercent;
        placement.status = PlacementStatus.CREATED;
        placement.createdAt = OffsetDateTime.now(clock);
        placement.events.add(new PlacementCreated(placement.id, person.id(), type, startDate, pensumPercent,
                new PlacementCreated.Participant(person.officialName(), person.firstName())));
        return placement;
    }

    public static boolean isValidPensum(int pensumPercent) {
        return pensumPercent >= PENSUM_STEP && pensumPercent <= 100 && pensumPercent % PENSUM_STEP == 0;
    }

    /** The events registered since load, handed out once. */
    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public UUID id() {
        return id;
    }

    public UUID personId() {
        return personId;
    }

    public PlacementType type() {
        return type;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int pensumPercent() {
        return pensumPercent;
    }

    public PlacementStatus status() {
        return status;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
