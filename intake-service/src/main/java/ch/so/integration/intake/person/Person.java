package ch.so.integration.intake.person;

import java.time.Clock;
import java.time.LocalDate;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import ch.so.integration.platform.events.DomainEvent;

/**
 * A person known to intake, identified as in eCH-0044: AHV number, official name, first name, sex, date of birth.
 * One person per AHV number. Other services know the person only by {@link #id()}. Beside the identity: the
 * address, and the circumstances financing and programme access depend on ({@link Circumstances}).
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

    @Embedded
    private Address address;

    @Enumerated(EnumType.STRING)
    @Column(name = "residence_permit", length = 10)
    private ResidencePermit residencePermit;

    @Column(name = "social_assistance", nullable = false)
    private boolean socialAssistance;

    @Column(name = "responsible_social_office", length = 120)
    private String responsibleSocialOffice;

    @Column(name = "iv_pension", nullable = false)
    private boolean ivPension;

    @Column(name = "unemployment_insurance", nullable = false)
    private boolean unemploymentInsurance;

    @Column(name = "household_size")
    private Integer householdSize;

    @Column(name = "monthly_household_income", precision = 12, scale = 2)
    private BigDecimal monthlyHouseholdIncome;

    @Column(name = "household_assets", precision = 14, scale = 2)
    private BigDecimal householdAssets;

    @Enumerated(EnumType.STRING)
    @Column(name = "german_level", length = 10)
    private GermanLevel germanLevel;

    @Column(name = "updated_at")
    private OffsetDateTime updatedAt;

    @Version
    private long version;

    @Transient
    private final List<DomainEvent> events = new ArrayList<>();

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
     * Registers a person and a {@link PersonRegistered} event (without the AHV number).
     *
     * @throws IllegalArgumentException when the date of birth lies in the future or the circumstances break a
     *                                  collection rule (the API validates first; this guards the aggregate itself)
     */
    public static Person register(AhvNumber ahvNumber, String officialName, String firstName, Sex sex,
                                  LocalDate dateOfBirth, Address address, Circumstances circumstances, Clock clock) {
        if (dateOfBirth.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("date of birth lies in the future");
        }
        Person person = new Person(UUID.randomUUID(), ahvNumber, officialName.strip(), firstName.strip(), sex,
                dateOfBirth, OffsetDateTime.now(clock));
        person.address = address;
        person.apply(circumstances);
        person.events.add(new PersonRegistered(person.id, person.officialName, person.firstName, dateOfBirth,
                address == null ? null : address.canton()));
        return person;
    }

    /** A move: the new address applies from now on (financing of later placements depends on the canton). */
    public void move(Address newAddress, Clock clock) {
        this.address = newAddress;
        this.updatedAt = OffsetDateTime.now(clock);
    }

    /**
     * Records changed circumstances (a new permit, benefits granted or ended, a new household situation).
     *
     * @throws IllegalArgumentException when they break a collection rule
     */
    public void changeCircumstances(Circumstances circumstances, Clock clock) {
        apply(circumstances);
        this.updatedAt = OffsetDateTime.now(clock);
    }

    private void apply(Circumstances circumstances) {
        List<String[]> violations = circumstances.violations(address == null ? null : address.canton());
        if (!violations.isEmpty()) {
            throw new IllegalArgumentException(violations.get(0)[0] + " " + violations.get(0)[1]);
        }
        this.residencePermit = circumstances.residencePermit();
        this.socialAssistance = circumstances.socialAssistance();
        this.responsibleSocialOffice = circumstances.responsibleSocialOffice();
        this.ivPension = circumstances.ivPension();
        this.unemploymentInsurance = circumstances.unemploymentInsurance();
        this.householdSize = circumstances.householdSize();
        this.monthlyHouseholdIncome = circumstances.monthlyHouseholdIncome();
        this.householdAssets = circumstances.householdAssets();
        this.germanLevel = circumstances.germanLevel();
    }

    /** The events registered since load, handed out once. */
    public List<DomainEvent> releaseEvents() {
        List<DomainEvent> released = List.copyOf(events);
        events.clear();
        return released;
    }

    public Circumstances circumstances() {
        Set<Benefit> benefits = EnumSet.noneOf(Benefit.class);
        if (socialAssistance) {
            benefits.add(Benefit.SOCIAL_ASSISTANCE);
        }
        if (ivPension) {
            benefits.add(Benefit.IV_PENSION);
        }
        if (unemploymentInsurance) {
            benefits.add(Benefit.UNEMPLOYMENT_INSURANCE);
        }
        return new Circumstances(residencePermit, benefits, responsibleSocialOffice, householdSize,
                monthlyHouseholdIncome, householdAssets, germanLevel);
    }

    /** The address, or null for a person registered before addresses were recorded. */
    public Address address() {
        return address;
    }

    /** Age in completed years on a day. */
    public int ageOn(LocalDate day) {
        return java.time.Period.between(dateOfBirth, day).getYears();
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
