package ch.so.integration.daycenter.monthclose;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * DC-06: the monthly motivation compensation a work area pays, empty for an area without work or service (or one
 * not known). Backed by the work-area catalogue ({@link WorkAreaCompensations}); a pure seam for MotivationCompensation.
 */
public interface AreaCompensations {

    Optional<BigDecimal> monthlyCompensation(String areaName);
}
