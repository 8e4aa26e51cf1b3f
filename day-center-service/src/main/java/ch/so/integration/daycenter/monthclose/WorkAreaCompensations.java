package ch.so.integration.daycenter.monthclose;

import java.math.BigDecimal;
import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import ch.so.integration.daycenter.area.WorkArea;
import ch.so.integration.daycenter.area.WorkAreas;

/** DC-06 rates from the work-area catalogue: areas of kind WORK or SERVICE pay, NONE and unknown areas do not. */
@ApplicationScoped
class WorkAreaCompensations implements AreaCompensations {

    private final WorkAreas areas;

    WorkAreaCompensations(WorkAreas areas) {
        this.areas = areas;
    }

    @Override
    public Optional<BigDecimal> monthlyCompensation(String areaName) {
        return of(areas.byName(areaName));
    }

    /** The rate of an area as looked up, for callers that hold the areas already. */
    static Optional<BigDecimal> of(Optional<WorkArea> area) {
        return area.filter(a -> a.kind().paysCompensation()).map(WorkArea::motivationCompensation);
    }
}
