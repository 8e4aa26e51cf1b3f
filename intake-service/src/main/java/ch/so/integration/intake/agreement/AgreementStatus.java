package ch.so.integration.intake.agreement;

/** DRAFT until the participant's signature is recorded. */
public enum AgreementStatus {
    DRAFT, SIGNED
}
