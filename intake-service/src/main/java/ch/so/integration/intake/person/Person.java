package ch.so.integration.intake.person;

import java.time.Clock;
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
 * A person known to intake, identified as in eCH-0044: AHV number, official name, first name, sex, date of birth.
 * One person per AHV number. Other services know the person only by {@link #id()}.
 */
@Entity
@Table(name = "person")
public class Person {

    @Id
    private UUID id;

    @Column(name = "ahv_number", nullable = false, unique = true, length = 13)
    private String ahvNumber;

    @Column(name = "official_name", nullable = false, length = 100)
    private String officialName;

    @Column(name = "first_name", nullable = false, length = 100)
    private String firstName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 10)
    private Sex sex;

    @Column(name = "date_of_birth", nullable = false)
    private LocalDate dateOfBirth;

    @Column(name = "registered_at", nullable = false)
    private OffsetDateTime registeredAt;

    @Version
    private long version;

    protected Person() {
    }

    private Person(UUID id, AhvNumber ahvNumber, String officialName, String firstName, Sex sex,
                   LocalDate dateOfBirth, OffsetDateTime registeredAt) {
        this.id = id;
        this.ahvNumber = ahvNumber.digits();
        this.officialName = officialName;
        this.firstName = firstName;
        this.sex = sex;
        this.dateOfBirth = dateOfBirth;
        this.registeredAt = registeredAt;
    }

    /**
     * @throws IllegalArgumentException when the date of birth lies in the future (the API validates first; this
     *                                  guards the aggregate itself)
     */
    public static Person register(AhvNumber ahvNumber, String officialName, String firstName, Sex sex,
                                  LocalDate dateOfBirth, Clock clock) {
        if (dateOfBirth.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("date of birth lies in the future");
        }
        return new Person(UUID.randomUUID(), ahvNumber, officialName.strip(), firstName.strip(), sex, dateOfBirth,
                OffsetDateTime.now(clock));
    }

    public UUID id() {
        return id;
    }

    public AhvNumber ahvNumber() {
        return new AhvNumber(ahvNumber);
    }

    public String officialName() {
        return officialName;
    }

    public String firstName() {
        return firstName;
    }

    public Sex sex() {
        return sex;
    }

    public LocalDate dateOfBirth() {
        return dateOfBirth;
    }

    public OffsetDateTime registeredAt() {
        return registeredAt;
    }
}
