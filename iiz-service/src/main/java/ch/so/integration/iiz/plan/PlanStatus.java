package ch.so.integration.iiz.plan;

/** DRAFT (being written and reviewed), SIGNED (in force), SUPERSEDED (a later version was signed). */
public enum PlanStatus {
    DRAFT, SIGNED, SUPERSEDED
}
