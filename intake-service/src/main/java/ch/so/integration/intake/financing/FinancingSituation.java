package ch.so.integration.intake.financing;

import ch.so.integration.intake.placement.PlacementType;

/**
 * What financing depends on.
 *
 * @param inCanton              the person lives in the institution's (or programme's) canton
 * @param otherCashBenefits     ALV (or other cash benefits that exclude the AM-06 subsidy)
 */
public record FinancingSituation(PlacementType type, boolean inCanton, boolean ivPension, boolean socialAssistance,
                                 boolean otherCashBenefits) {
}
