package ch.so.integration.intake.person;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** An eCH-0010-style Swiss postal address with the BFS municipality number and the canton of residence. */
@Embeddable
public class Address {

    @Column(name = "street", length = 100)
    private String street;

    @Column(name = "house_number", length = 12)
    private String houseNumber;

    @Column(name = "postal_code", length = 4)
    private String postalCode;

    @Column(name = "town", length = 40)
    private String town;

    @Column(name = "municipality_bfs_number")
    private Integer municipalityBfsNumber;

    @Column(name = "canton", length = 2)
    private String canton;

    protected Address() {
    }

    public Address(String street, String houseNumber, String postalCode, String town, int municipalityBfsNumber,
                   String canton) {
        this.street = street.strip();
        this.houseNumber = houseNumber == null || houseNumber.isBlank() ? null : houseNumber.strip();
        this.postalCode = postalCode;
        this.town = town.strip();
        this.municipalityBfsNumber = municipalityBfsNumber;
        this.canton = canton;
    }

    public String street() {
        return street;
    }

    public String houseNumber() {
        return houseNumber;
    }

    public String postalCode() {
        return postalCode;
    }

    public String town() {
        return town;
    }

    public Integer municipalityBfsNumber() {
        return municipalityBfsNumber;
    }

    /** The canton abbreviation (e.g. SO); it decides in- or out-of-canton financing. */
    public String canton() {
        return canton;
    }
}
