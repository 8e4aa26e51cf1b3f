package ch.so.integration.segmentation.person;

import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A person intake registered, known here by intake's id only: a case is linked to it (never to the AHV number, and
 * without copying names: the process needs none).
 */
@Entity
@Table(name = "known_person")
public class KnownPerson {

    @Id
    @Column(name = "person_id")
    private UUID personId;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Column(name = "learned_at", nullable = false)
    private OffsetDateTime learnedAt;

    protected KnownPerson() {
    }

    public KnownPerson(UUID personId, OffsetDateTime registeredAt, OffsetDateTime learnedAt) {
        this.personId = personId;
        this.registeredAt = registeredAt;
        this.learnedAt = learnedAt;
    }

    public UUID personId() {
        return personId;
    }
}
