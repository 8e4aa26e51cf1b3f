package ch.so.integration.daycenter.place;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A participant's place in the day center, opened when intake places the person. Identified by intake's placement
 * id; knows the person only by intake's person id and the name the team needs to greet them.
 */
@Entity
@Table(name = "place")
public class Place {

    @Id
    @Column(name = "placement_id")
    private UUID placementId;

    @Column(name = "person_id", nullable = false)
    private UUID personId;

    @Column(name = "participant_official_name", nullable = false, length = 100)
    private String participantOfficialName;

    @Column(name = "participant_first_name", nullable = false, length = 100)
    private String participantFirstName;

    @Column(name = "start_date", nullable = false)
    private LocalDate startDate;

    @Column(name = "pensum_percent", nullable = false)
    private int pensumPercent;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 20)
    private PlaceStatus status;

    @Column(name = "opened_at", nullable = false)
    private OffsetDateTime openedAt;

    @Version
    private long version;

    protected Place() {
    }

    static Place reserve(UUID placementId, UUID personId, String officialName, String firstName, LocalDate startDate,
                         int pensumPercent, OffsetDateTime now) {
        Place place = new Place();
        place.placementId = placementId;
        place.personId = personId;
        place.participantOfficialName = officialName;
        place.participantFirstName = firstName;
        place.startDate = startDate;
        place.pensumPercent = pensumPercent;
        place.status = PlaceStatus.RESERVED;
        place.openedAt = now;
        return place;
    }

    public UUID placementId() {
        return placementId;
    }

    public UUID personId() {
        return personId;
    }

    public String participantOfficialName() {
        return participantOfficialName;
    }

    public String participantFirstName() {
        return participantFirstName;
    }

    public LocalDate startDate() {
        return startDate;
    }

    public int pensumPercent() {
        return pensumPercent;
    }

    public PlaceStatus status() {
        return status;
    }

    public OffsetDateTime openedAt() {
        return openedAt;
    }
}
