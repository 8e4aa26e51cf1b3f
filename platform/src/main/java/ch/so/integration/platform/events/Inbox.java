package ch.so.integration.platform.events;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Remembers which events a consumer has processed. The row is inserted in the same transaction as the
 * consumer's effect: if the effect rolls back, so does the row, and the event will be processed again; if it
 * commits, a second delivery of the same event id finds the row and is skipped.
 */
@ApplicationScoped
public class Inbox {

    private final EntityManager entityManager;

    Inbox(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** @return true for the first delivery of this event to this consumer, false for a duplicate */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean firstDelivery(String consumer, EventEnvelope event) {
        int inserted = entityManager.createNativeQuery("""
                        insert into inbox_event (consumer, event_id, event_type) values (?1, ?2, ?3)
                        on conflict do nothing""")
                .setParameter(1, consumer)
                .setParameter(2, event.eventId())
                .setParameter(3, event.type())
                .executeUpdate();
        return inserted == 1;
    }
}
