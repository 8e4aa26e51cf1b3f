package ch.so.integration.daycenter.place;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/**
 * A place's terms from a day on (intake's mutations are effective on a date): setting, Pensum, billing basis and
 * work areas. The day center reads the terms valid on a day, never today's terms for the past.
 */
@Embeddable
public class PlaceTerms {

    private static final String AREA_SEPARATOR = "\u001f";

    @Column(name = "effective_from", nullable = false)
    private LocalDate effectiveFrom;

    @Column(name = "setting", length = 40)
    private String setting;

    @Column(name = "pensum_percent", nullable = false)
    private int pensumPercent;

    @Column(name = "billing_basis_pensum_percent")
    private Integer billingBasisPensumPercent;

    @Column(name = "work_areas", nullable = false, length = 1000)
    private String workAreas;

    protected PlaceTerms() {
    }

    PlaceTerms(LocalDate effectiveFrom, String setting, int pensumPercent, Integer billingBasisPensumPercent,
               List<String> workAreas) {
        this.effectiveFrom = effectiveFrom;
        this.setting = setting;
        this.pensumPercent = pensumPercent;
        this.billingBasisPensumPercent = billingBasisPensumPercent;
        this.workAreas = String.join(AREA_SEPARATOR, workAreas);
    }

    public LocalDate effectiveFrom() { return effectiveFrom; }
    public String setting() { return setting; }
    public int pensumPercent() { return pensumPercent; }
    public Integer billingBasisPensumPercent() { return billingBasisPensumPercent; }

    public List<String> workAreas() {
        return workAreas.isEmpty() ? List.of() : Arrays.asList(workAreas.split(AREA_SEPARATOR));
    }
}
