package ch.so.integration.platform.events;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;

import org.jboss.logging.MDC;

import ch.so.integration.platform.config.PlatformConfig;
import ch.so.integration.platform.correlation.CorrelationId;

/**
 * Writes events to the outbox table in the caller's transaction, so an event exists if and only if the state
 * change it describes was committed. Never sends anything itself: after the commit it wakes the
 * {@link OutboxRelay}, which publishes to Kafka. A rolled-back transaction leaves no row and publishes nothing.
 */
@ApplicationScoped
public class Outbox {

    private static final String WAKE_UP_REGISTERED = Outbox.class.getName() + ".wakeUpRegistered";

    private final EntityManager entityManager;
    private final TransactionSynchronizationRegistry transactions;
    private final OutboxRelay relay;
    private final PlatformConfig config;
    private final Clock clock;

    Outbox(EntityManager entityManager, TransactionSynchronizationRegistry transactions, OutboxRelay relay,
           PlatformConfig config, Clock clock) {
        this.entityManager = entityManager;
        this.transactions = transactions;
        this.relay = relay;
        this.config = config;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public EventEnvelope publish(DomainEvent event) {
        EventType eventType = EventNames.annotationOf(event.getClass());
        Object correlation = MDC.get(CorrelationId.MDC_KEY);
        EventEnvelope envelope = EventEnvelope.wrap(config.service(), event, UUID.randomUUID(),
                OffsetDateTime.now(clock), correlation == null ? null : correlation.toString());
        entityManager.createNativeQuery("""
                        insert into outbox_event (id, topic, message_key, event_type, payload, correlation_id)
                        values (?1, ?2, ?3, ?4, cast(?5 as jsonb), ?6)""")
                .setParameter(1, envelope.eventId())
                .setParameter(2, EventNames.topic(config.service(), eventType.aggregate()))
                .setParameter(3, envelope.subject())
                .setParameter(4, envelope.type())
                .setParameter(5, envelope.toJson())
                .setParameter(6, envelope.correlationid())
                .executeUpdate();
        wakeRelayAfterCommit();
        return envelope;
    }

    @Transactional(Transactional.TxType.MANDATORY)
    public void publishAll(Collection<? extends DomainEvent> events) {
        events.forEach(this::publish);
    }

    private void wakeRelayAfterCommit() {
        if (transactions.getResource(WAKE_UP_REGISTERED) != null) {
            return;
        }
        transactions.putResource(WAKE_UP_REGISTERED, Boolean.TRUE);
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    relay.wakeUp();
                }
            }
        });
    }
}
