package ch.so.integration.iiz.iizcase;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** IZ-03: the specialist a partner institution sends into the case team (institution id and account name). */
@Embeddable
public class TeamMember {

    @Column(name = "institution", nullable = false, length = IizCase.MAX_INSTITUTION_LENGTH)
    private String institution;

    @Column(name = "specialist", nullable = false, length = IizCase.MAX_ACCOUNT_LENGTH)
    private String specialist;

    protected TeamMember() {
    }

    public TeamMember(String institution, String specialist) {
        this.institution = institution;
        this.specialist = specialist;
    }

    public String institution() {
        return institution;
    }

    public String specialist() {
        return specialist;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof TeamMember other && java.util.Objects.equals(institution, other.institution)
                && java.util.Objects.equals(specialist, other.specialist);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(institution, specialist);
    }
}
