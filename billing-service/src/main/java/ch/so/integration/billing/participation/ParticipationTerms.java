package ch.so.integration.billing.participation;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * DC-14: a participation's terms from a day on (intake's mutations take effect on a date): the placement type (the
 * IVSE B setting), the Pensum and the billing-basis Pensum (DC-07).
 */
@Embeddable
public class ParticipationTerms {

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "placement_type", nullable = false, length = 40)
    private String placementType;

    @Column(name = "pensum_percent")
    private Integer pensumPercent;

    @Column(name = "billing_basis_pensum_percent")
    private Integer billingBasisPensumPercent;

    protected ParticipationTerms() {
    }

    public ParticipationTerms(LocalDate effectiveFrom, String placementType, Integer pensumPercent,
                              Integer billingBasisPensumPercent) {
        this.effectiveFrom = effectiveFrom;
        this.placementType = placementType;
        this.pensumPercent = pensumPercent;
        this.billingBasisPensumPercent = billingBasisPensumPercent;
    }

    public LocalDate effectiveFrom() { return effectiveFrom; }
    public String placementType() { return placementType; }
    public Integer pensumPercent() { return pensumPercent; }
    public Integer billingBasisPensumPercent() { return billingBasisPensumPercent; }

    /**
     * DC-07: a stationary resident without an external day place or job is billed on a 100 % Pensum. Intake sends
     * the billing basis, not the day structure: the basis is 100 % on a stationary place exactly then, or when the
     * Pensum itself is 100 % (where the flag changes nothing but the month's actual Pensum, which we then read as
     * the 100 % basis too).
     */
    public boolean stationaryWithoutExternalDayStructure() {
        return "IVSE_B_STATIONARY".equals(placementType) && billingBasisPensumPercent != null
                && billingBasisPensumPercent == 100;
    }
}
