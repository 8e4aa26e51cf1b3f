package ch.so.integration.platform.events;

import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.jboss.logging.Logger;

import ch.so.integration.platform.config.PlatformConfig;
import ch.so.integration.platform.correlation.CorrelationId;
import ch.so.integration.platform.persistence.Migrations;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Publishes outbox rows to Kafka, in commit order, and marks them published only after the broker acknowledged
 * them (acks=all). At-least-once: a crash or broker outage between send and mark re-sends the rows later, and
 * consumers drop the duplicates by event id.
 *
 * <p>Latency: the commit of a transaction that wrote outbox rows wakes this relay at once (a JTA
 * synchronization from {@link Outbox}), so no poll delay lies between commit and send, and the producer sends
 * without lingering. The poll interval is only the fallback for rows nobody woke us for (after a restart or a
 * broker outage). Several instances of a service may run: a transaction-level advisory lock lets one relay at a
 * time publish, so events keep their commit order across instances.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    private final AgroalDataSource dataSource;
    private final KafkaClients clients;
    private final PlatformConfig config;
    private final MeterRegistry metrics;
    private final KafkaTopics topics;
    private final Set<String> knownTopics = ConcurrentHashMap.newKeySet();
    private final Semaphore signal = new Semaphore(0);

    private volatile boolean running;
    private volatile Thread thread;
    private Producer<String, String> producer;
    private Counter published;
    private Counter failures;

    OutboxRelay(AgroalDataSource dataSource, KafkaClients clients, PlatformConfig config, MeterRegistry metrics,
                KafkaTopics topics) {
        this.dataSource = dataSource;
        this.clients = clients;
        this.config = config;
        this.metrics = metrics;
        this.topics = topics;
    }

    void start(@Observes @Priority(Migrations.PRIORITY + 10) StartupEvent event) {
        published = metrics.counter("outbox.events.published");
        failures = metrics.counter("outbox.relay.failures");
        running = true;
        thread = Thread.ofPlatform().name("outbox-relay").daemon().start(this::run);
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        running = false;
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        closeProducer();
    }

    /** Called after a commit that wrote outbox rows. */
    public void wakeUp() {
        if (signal.availablePermits() == 0) {
            signal.release();
        }
    }

    public boolean isRunning() {
        Thread t = thread;
        return running && t != null && t.isAlive();
    }

    /**
     * Creates the published topics and fetches their metadata once, so the first event after start does not pay
     * for it. A broker that is not there yet only delays this; the loop retries sends anyway.
     */
    private void warmUp() {
        List<String> published = config.kafka().publishedTopics().orElse(List.of());
        if (published.isEmpty()) {
            return;
        }
        try {
            topics.ensure(published);
            knownTopics.addAll(published);
            Producer<String, String> p = producer();
            for (String topic : published) {
                p.partitionsFor(topic);
            }
        } catch (Exception e) {
            LOG.infof("Outbox relay warm-up postponed (%s)", describe(e));
        }
    }

    private void run() {
        warmUp();
        long backoffMillis = 0;
        while (running) {
            try {
                int sent = relayBatch();
                backoffMillis = 0;
                if (sent < config.outbox().batchSize()) {
                    signal.tryAcquire(config.outbox().pollInterval().toMillis(), TimeUnit.MILLISECONDS);
                    signal.drainPermits();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (Exception e) {
                failures.increment();
                closeProducer();
                backoffMillis = backoffMillis == 0 ? 200 : Math.min(backoffMillis * 2, 5000);
                LOG.warnf("Outbox relay could not publish (%s); rows stay pending, retry in %d ms",
                        describe(e), backoffMillis);
                try {
                    Thread.sleep(backoffMillis);
                } catch (InterruptedException ie) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    private record Row(long seq, String topic, String key, String payload, String correlationId) {
    }

    /** Sends one batch and marks it published; returns how many rows it sent. */
    int relayBatch() throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                List<Row> rows = claim(connection);
                if (rows.isEmpty()) {
                    connection.commit();
                    return 0;
                }
                send(rows);
                markPublished(connection, rows);
                connection.commit();
                published.increment(rows.size());
                return rows.size();
            } catch (Exception e) {
                connection.rollback();
                throw e;
            }
        }
    }

    /** The relay's advisory lock key ("outbox-relay"); one lock per database, i.e. per service. */
    static final long RELAY_LOCK = 0x6f7574626f78L;

    private List<Row> claim(Connection connection) throws Exception {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, RELAY_LOCK);
            try (ResultSet rs = lock.executeQuery()) {
                if (!rs.next() || !rs.getBoolean(1)) {
                    return List.of(); // another instance is relaying right now
                }
            }
        }
        try (PreparedStatement select = connection.prepareStatement("""
                select seq, topic, message_key, payload::text, correlation_id
                  from outbox_event
                 where published_at is null
                 order by seq
                 limit ?
                   for update""")) {
            select.setInt(1, config.outbox().batchSize());
            List<Row> rows = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    rows.add(new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                            rs.getString(5)));
                }
            }
            return rows;
        }
    }

    private void send(List<Row> rows) throws Exception {
        Set<String> missing = rows.stream().map(Row::topic).filter(t -> !knownTopics.contains(t)).collect(Collectors.toSet());
        if (!missing.isEmpty()) {
            topics.ensure(missing);
            knownTopics.addAll(missing);
        }
        Producer<String, String> p = producer();
        List<Future<RecordMetadata>> acks = new ArrayList<>(rows.size());
        for (Row row : rows) {
            ProducerRecord<String, String> record = new ProducerRecord<>(row.topic(), row.key(), row.payload());
            record.headers().add("content-type", EventEnvelope.STRUCTURED_CONTENT_TYPE.getBytes(StandardCharsets.UTF_8));
            if (row.correlationId() != null) {
                record.headers().add(CorrelationId.EVENT_ATTRIBUTE, row.correlationId().getBytes(StandardCharsets.UTF_8));
            }
            Future<RecordMetadata> ack = p.send(record);
            if (ack.isDone()) {
                ack.get(); // failed already (e.g. no metadata within max.block.ms): stop the batch now, not after every row
            }
            acks.add(ack);
        }
        long deadline = System.nanoTime() + config.outbox().sendTimeout().toNanos();
        for (Future<RecordMetadata> ack : acks) {
            ack.get(Math.max(1, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        }
    }

    private void markPublished(Connection connection, List<Row> rows) throws Exception {
        Long[] seqs = rows.stream().map(Row::seq).toArray(Long[]::new);
        try (PreparedStatement update = connection.prepareStatement(
                "update outbox_event set published_at = now() where seq = any(?)")) {
            Array array = connection.createArrayOf("bigint", seqs);
            update.setArray(1, array);
            update.executeUpdate();
        }
    }

    private synchronized Producer<String, String> producer() {
        if (producer == null) {
            producer = new KafkaProducer<>(clients.producer("outbox-relay"));
        }
        return producer;
    }

    private synchronized void closeProducer() {
        if (producer != null) {
            try {
                producer.close(Duration.ofSeconds(2));
            } catch (RuntimeException ignored) {
                // closing a producer whose broker is gone may time out; it is replaced either way
            }
            producer = null;
        }
    }

    /** Exception types and messages from Kafka and JDBC name hosts and topics, never row contents. */
    static String describe(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getClass().getSimpleName() + (root.getMessage() == null ? "" : ": " + root.getMessage());
    }
}
