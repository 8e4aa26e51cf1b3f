package ch.so.integration.platform.events;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.header.Header;
import org.jboss.logging.Logger;
import org.jboss.logging.MDC;

import ch.so.integration.platform.correlation.CorrelationId;
import ch.so.integration.platform.persistence.Failures;
import ch.so.integration.platform.security.Actor;
import ch.so.integration.platform.security.Actors;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * One Kafka consumer for one {@link EventHandler}, on its own thread. Offsets are committed only after the
 * effect (with its inbox row) has committed, so a crash redelivers and the inbox drops what was already done.
 * Order is kept per partition: a record that must be retried holds back the records behind it.
 */
final class ConsumerLoop implements Runnable {

    private static final Logger LOG = Logger.getLogger(ConsumerLoop.class);

    static final String HEADER_REASON = "dlt-reason";
    static final String HEADER_ORIGINAL_TOPIC = "dlt-original-topic";
    static final String HEADER_ORIGINAL_PARTITION = "dlt-original-partition";
    static final String HEADER_ORIGINAL_OFFSET = "dlt-original-offset";
    static final String HEADER_CONSUMER = "dlt-consumer";
    static final String HEADER_FAILED_AT = "dlt-failed-at";

    enum Outcome { DONE, RETRY }

    private final EventHandler handler;
    private final String consumerName;
    private final String deadLetterTopic;
    private final EventConsumers owner;
    private final Actor actor;
    private final Map<String, Integer> attempts = new HashMap<>();

    private volatile boolean running = true;
    private volatile boolean joined;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile Thread thread;
    private Producer<String, String> deadLetterProducer;

    ConsumerLoop(EventHandler handler, EventConsumers owner) {
        this.handler = handler;
        this.owner = owner;
        this.consumerName = owner.config().service() + "." + handler.name();
        this.deadLetterTopic = EventNames.deadLetterTopic(owner.config().service());
        this.actor = Actor.system("event-consumer:" + consumerName);
    }

    String consumerName() {
        return consumerName;
    }

    void start() {
        thread = Thread.ofPlatform().name("consumer-" + consumerName).daemon().start(this);
    }

    /** True once the consumer has joined its group (its assignment may be empty when other instances hold all partitions). */
    boolean hasJoined() {
        return joined;
    }

    boolean isAlive() {
        Thread t = thread;
        return running && t != null && t.isAlive();
    }

    void stop() throws InterruptedException {
        running = false;
        KafkaConsumer<String, String> c = consumer;
        if (c != null) {
            c.wakeup();
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
            t.join(TimeUnit.SECONDS.toMillis(10));
        }
        synchronized (this) {
            if (deadLetterProducer != null) {
                deadLetterProducer.close(java.time.Duration.ofSeconds(2));
            }
        }
    }

    @Override
    public void run() {
        long backoff = 0;
        while (running) {
            try {
                List<String> topics = new ArrayList<>(handler.topics());
                topics.add(deadLetterTopic);
                owner.topics().ensure(topics);
                consume();
            } catch (WakeupException | InterruptedException e) {
                return;
            } catch (Exception e) {
                if (!running) {
                    return;
                }
                backoff = nextBackoff(backoff);
                LOG.warnf("Consumer %s stopped (%s); restarting in %d ms", consumerName, Failures.describe(e), backoff);
                if (!sleep(backoff)) {
                    return;
                }
            }
        }
    }

    private void consume() throws InterruptedException {
        try (KafkaConsumer<String, String> c = new KafkaConsumer<>(
                owner.clients().consumer(consumerName, "consumer-" + handler.name()))) {
            consumer = c;
            c.subscribe(handler.topics(), new ConsumerRebalanceListener() {
                @Override
                public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
                }

                @Override
                public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
                    joined = true;
                }
            });
            long backoff = 0;
            while (running) {
                ConsumerRecords<String, String> records = c.poll(owner.config().consumer().pollTimeout());
                Map<TopicPartition, OffsetAndMetadata> done = new HashMap<>();
                boolean retry = false;
                for (TopicPartition partition : records.partitions()) {
                    for (ConsumerRecord<String, String> record : records.records(partition)) {
                        if (process(record) == Outcome.RETRY) {
                            c.seek(partition, record.offset());
                            retry = true;
                            break;
                        }
                        done.put(partition, new OffsetAndMetadata(record.offset() + 1));
                    }
                }
                if (!done.isEmpty()) {
                    c.commitSync(done);
                }
                if (retry) {
                    backoff = nextBackoff(backoff);
                    if (!sleep(backoff)) {
                        return;
                    }
                } else {
                    backoff = 0;
                }
            }
        } finally {
            consumer = null;
            joined = false;
        }
    }

    Outcome process(ConsumerRecord<String, String> record) {
        String position = record.topic() + "-" + record.partition() + "@" + record.offset();
        EventEnvelope event;
        try {
            event = EventEnvelope.parse(record.value());
        } catch (UnprocessableEventException e) {
            return deadLetter(record, position, e.getMessage());
        } catch (RuntimeException e) {
            return deadLetter(record, position, "unreadable envelope (" + e.getClass().getSimpleName() + ")");
        }
        MDC.put(CorrelationId.MDC_KEY, correlationOf(event, record));
        try {
            boolean first = Actors.runAs(actor, () -> QuarkusTransaction.requiringNew().call(() -> {
                if (!owner.inbox().firstDelivery(consumerName, event)) {
                    return false;
                }
                handler.handle(event);
                return true;
            }));
            attempts.remove(position);
            owner.count(consumerName, first ? "processed" : "duplicate");
            if (!first) {
                LOG.debugf("Event %s already processed by %s; skipped", event.id(), consumerName);
            }
            return Outcome.DONE;
        } catch (Exception e) {
            UnprocessableEventException unprocessable = Failures.find(e, UnprocessableEventException.class);
            if (unprocessable != null) {
                attempts.remove(position);
                return deadLetter(record, position, unprocessable.getMessage());
            }
            if (Failures.isTransient(e)) {
                LOG.warnf("Event %s at %s not processed yet (%s); will retry", event.id(), position,
                        Failures.describe(e));
                return Outcome.RETRY;
            }
            int attempt = attempts.merge(position, 1, Integer::sum);
            if (attempt >= owner.config().consumer().maxAttempts()) {
                attempts.remove(position);
                return deadLetter(record, position,
                        "processing failed " + attempt + " times: " + Failures.describe(e));
            }
            LOG.warnf("Event %s at %s failed (attempt %d: %s); will retry", event.id(), position, attempt,
                    Failures.describe(e));
            return Outcome.RETRY;
        } finally {
            MDC.remove(CorrelationId.MDC_KEY);
        }
    }

    private Outcome deadLetter(ConsumerRecord<String, String> record, String position, String reason) {
        ProducerRecord<String, String> letter = new ProducerRecord<>(deadLetterTopic, record.key(), record.value());
        for (Header header : record.headers()) {
            letter.headers().add(header);
        }
        letter.headers()
                .add(HEADER_REASON, bytes(reason))
                .add(HEADER_ORIGINAL_TOPIC, bytes(record.topic()))
                .add(HEADER_ORIGINAL_PARTITION, bytes(String.valueOf(record.partition())))
                .add(HEADER_ORIGINAL_OFFSET, bytes(String.valueOf(record.offset())))
                .add(HEADER_CONSUMER, bytes(consumerName))
                .add(HEADER_FAILED_AT, bytes(Instant.now().toString()));
        try {
            deadLetterProducer().send(letter).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            LOG.warnf("Could not dead-letter %s (%s); will retry", position, Failures.describe(e));
            return Outcome.RETRY;
        }
        owner.count(consumerName, "dead-lettered");
        LOG.warnf("Event at %s dead-lettered to %s: %s", position, deadLetterTopic, reason);
        return Outcome.DONE;
    }

    private synchronized Producer<String, String> deadLetterProducer() {
        if (deadLetterProducer == null) {
            deadLetterProducer = new KafkaProducer<>(owner.clients().producer("dead-letter-" + handler.name()));
        }
        return deadLetterProducer;
    }

    private static String correlationOf(EventEnvelope event, ConsumerRecord<String, String> record) {
        if (CorrelationId.isSafe(event.correlationid())) {
            return event.correlationid();
        }
        Header header = record.headers().lastHeader(CorrelationId.EVENT_ATTRIBUTE);
        return CorrelationId.acceptOrCreate(header == null ? null : new String(header.value(), StandardCharsets.UTF_8));
    }

    private long nextBackoff(long previous) {
        long max = owner.config().consumer().maxBackoff().toMillis();
        return previous == 0 ? Math.min(100, max) : Math.min(previous * 2, max);
    }

    private boolean sleep(long millis) {
        try {
            Thread.sleep(millis);
            return running;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
