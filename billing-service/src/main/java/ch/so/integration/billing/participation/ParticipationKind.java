package ch.so.integration.billing.participation;

/** What a participation bills: an AMI programme (AM-07), a day-center place (DC-21) or pass(t)genau (PG-05). */
public enum ParticipationKind {
    AMI_PROGRAMME, DAY_CENTER, PASST_GENAU;

    /**
     * Billing's kind of intake's placement type: the three IVSE B settings are day-center places.
     *
     * @return empty for a type billing does not know
     */
    public static java.util.Optional<ParticipationKind> ofPlacementType(String placementType) {
        if (placementType == null) {
            return java.util.Optional.empty();
        }
        return switch (placementType) {
            case "IVSE_B_STATIONARY", "IVSE_B_SEMI_STATIONARY", "IVSE_B_EXTERNAL" -> java.util.Optional.of(DAY_CENTER);
            case "AMI_PROGRAMME" -> java.util.Optional.of(AMI_PROGRAMME);
            case "PASST_GENAU" -> java.util.Optional.of(PASST_GENAU);
            default -> java.util.Optional.empty();
        };
    }
}
