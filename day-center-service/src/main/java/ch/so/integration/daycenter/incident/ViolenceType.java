package ch.so.integration.daycenter.incident;

/** DC-17: the Bündner Standard applies to every kind of violence (seed 000 §11.2). */
public enum ViolenceType {
    PHYSICAL,
    PSYCHOLOGICAL,
    SEXUAL
}
