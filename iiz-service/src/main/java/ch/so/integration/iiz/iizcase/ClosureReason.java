package ch.so.integration.iiz.iizcase;

/** IZ-10: why the iiz cooperation ends. */
public enum ClosureReason {
    MANDATE_FULFILLED, GOAL_EMPLOYMENT, GOAL_TRAINING_START, SERVICES_DELIVERED, NO_FURTHER_NEED
}
