package ch.so.integration.intake.programme;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import ch.so.integration.platform.problem.FieldError;
import ch.so.integration.platform.problem.Problem;
import ch.so.integration.platform.problem.ProblemType;
import ch.so.integration.platform.web.ProblemException;

/**
 * A programme of a provider: its type, tariffs within the AM-01 maxima, where it runs (postal code) and its places.
 * Placements take and give back places through {@link #occupyPlace()} and {@link #releasePlace()}, on a row locked
 * with {@link Programmes#byIdForUpdate}.
 */
@Entity
@Table(name = "programme")
public class Programme {

    /** Upper bound of a programme's places (a plausibility limit, not a rule). */
    public static final int MAX_CAPACITY = 10_000;

    @Id
    private UUID id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "provider_id", nullable = false, updatable = false)
    private Provider provider;

    /** The provider's id without loading the provider. */
    @Column(name = "provider_id", insertable = false, updatable = false)
    private UUID providerId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 40, updatable = false)
    private ProgrammeType type;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(name = "tariff_per_coaching_hour", precision = 10, scale = 2)
    private BigDecimal tariffPerCoachingHour;

    @Column(name = "tariff_per_day", precision = 10, scale = 2)
    private BigDecimal tariffPerDay;

    @Column(name = "tariff_per_hour_worked", precision = 10, scale = 2)
    private BigDecimal tariffPerHourWorked;

    @Column(name = "postal_code", nullable = false, length = 4)
    private String postalCode;

    @Column(nullable = false, length = 100)
    private String town;

    @Column(nullable = false)
    private int capacity;

    @Column(name = "occupied_places", nullable = false)
    private int occupiedPlaces;

    @Column(name = "created_at", nullable = false)
    private OffsetDateTime createdAt;

    @Version
    private long version;

    protected Programme() {
    }

    /**
     * @throws IllegalArgumentException when the tariffs break AM-01 for the type or the capacity is out of range (the
     *                                  service refuses both with a problem first; this guards the aggregate itself)
     */
    public static Programme create(Provider provider, ProgrammeType type, String name, Tariffs tariffs,
                                   String postalCode, String town, int capacity, Clock clock) {
        Programme programme = new Programme();
        programme.id = UUID.randomUUID();
        programme.provider = provider;
        programme.providerId = provider.id();
        programme.type = type;
        programme.name = name.strip();
        programme.postalCode = postalCode;
        programme.town = town.strip();
        programme.setTariffs(tariffs);
        programme.setCapacity(capacity);
        programme.createdAt = OffsetDateTime.now(clock);
        return programme;
    }

    /** @throws IllegalArgumentException when the tariffs break AM-01 for this programme's type */
    public void changeTariffs(Tariffs tariffs) {
        setTariffs(tariffs);
    }

    /** @throws ProblemException (409) when fewer places than are occupied are asked for */
    public void changeCapacity(int newCapacity) {
        if (newCapacity < occupiedPlaces) {
            throw new ProblemException(Problem.of(ProblemType.CONFLICT,
                            "The programme has " + occupiedPlaces + " occupied places; its capacity cannot be lower.")
                    .withErrors(List.of(new FieldError("capacity",
                            "must be at least the " + occupiedPlaces + " places occupied"))));
        }
        setCapacity(newCapacity);
    }

    /**
     * Takes one place. Call it on a programme loaded with {@link Programmes#byIdForUpdate}, inside the caller's
     * transaction.
     *
     * @throws ProblemException (409 conflict) when no place is free
     */
    public void occupyPlace() {
        if (freePlaces() <= 0) {
            throw ProblemException.conflict("The programme has no free place.");
        }
        occupiedPlaces++;
    }

    /**
     * Gives one place back.
     *
     * @throws ProblemException (409 conflict) when no place is occupied
     */
    public void releasePlace() {
        if (occupiedPlaces <= 0) {
            throw ProblemException.conflict("The programme has no occupied place to release.");
        }
        occupiedPlaces--;
    }

    private void setTariffs(Tariffs tariffs) {
        List<Tariffs.Violation> violations = tariffs.violationsFor(type);
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.getFirst().message());
        }
        tariffPerCoachingHour = tariffs.perCoachingHour();
        tariffPerDay = tariffs.perDay();
        tariffPerHourWorked = tariffs.perHourWorked();
    }

    private void setCapacity(int newCapacity) {
        if (newCapacity < 0 || newCapacity > MAX_CAPACITY) {
            throw new IllegalArgumentException("capacity must be 0 to " + MAX_CAPACITY);
        }
        capacity = newCapacity;
    }

    public UUID id() {
        return id;
    }

    public UUID providerId() {
        return providerId;
    }

    public String providerName() {
        return provider.name();
    }

    /** The canton of the provider's seat (e.g. {@code SO}), for financing. */
    public String providerCanton() {
        return provider.canton();
    }

    public ProgrammeType type() {
        return type;
    }

    public String name() {
        return name;
    }

    public Tariffs tariffs() {
        return new Tariffs(tariffPerCoachingHour, tariffPerDay, tariffPerHourWorked);
    }

    /** Where the programme runs. */
    public String postalCode() {
        return postalCode;
    }

    public String town() {
        return town;
    }

    public int capacity() {
        return capacity;
    }

    public int occupiedPlaces() {
        return occupiedPlaces;
    }

    public int freePlaces() {
        return capacity - occupiedPlaces;
    }

    public OffsetDateTime createdAt() {
        return createdAt;
    }
}
