package ch.so.integration.billing.creditor;

/** What a creditor bills. */
public enum CreditorKind {
    /** An AMI programme provider (AM-07), identified by intake's provider id. */
    AMI_PROVIDER,
    /** The day center (DC-21). */
    DAY_CENTER,
    /** One of the two cooperating pass(t)genau providers (PG-05). */
    PASST_GENAU_PROVIDER
}
