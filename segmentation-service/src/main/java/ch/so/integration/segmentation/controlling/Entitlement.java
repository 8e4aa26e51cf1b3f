package ch.so.integration.segmentation.controlling;

/** SG-11: a case of a person entitled to social assistance, or a person without entitlement followed in prevention. */
public enum Entitlement {
    ENTITLED, PREVENTION
}
