package ch.so.integration.platform.events;

import java.util.ArrayList;
import java.util.List;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;

import ch.so.integration.platform.config.PlatformConfig;
import ch.so.integration.platform.persistence.Migrations;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/** Starts one {@link ConsumerLoop} per {@link EventHandler} bean once the database is migrated. */
@ApplicationScoped
public class EventConsumers {

    private final Instance<EventHandler> handlers;
    private final PlatformConfig config;
    private final KafkaClients clients;
    private final KafkaTopics topics;
    private final Inbox inbox;
    private final MeterRegistry metrics;
    private final List<ConsumerLoop> loops = new ArrayList<>();

    EventConsumers(@Any Instance<EventHandler> handlers, PlatformConfig config, KafkaClients clients,
                   KafkaTopics topics, Inbox inbox, MeterRegistry metrics) {
        this.handlers = handlers;
        this.config = config;
        this.clients = clients;
        this.topics = topics;
        this.inbox = inbox;
        this.metrics = metrics;
    }

    void start(@Observes @Priority(Migrations.PRIORITY + 20) StartupEvent event) {
        if (!config.consumer().enabled()) {
            return;
        }
        for (EventHandler handler : handlers) {
            ConsumerLoop loop = new ConsumerLoop(handler, this);
            loops.add(loop);
            loop.start();
        }
    }

    void stop(@Observes ShutdownEvent event) throws InterruptedException {
        for (ConsumerLoop loop : loops) {
            loop.stop();
        }
    }

    /** Names of consumers whose thread has died (empty when all run). */
    public List<String> stopped() {
        return loops.stream().filter(l -> !l.isAlive()).map(ConsumerLoop::consumerName).toList();
    }

    /** Names of consumers that have not joined their group yet (empty when all have). */
    public List<String> notJoined() {
        return loops.stream().filter(l -> !l.hasJoined()).map(ConsumerLoop::consumerName).toList();
    }

    void count(String consumer, String outcome) {
        metrics.counter("events.consumed", "consumer", consumer, "outcome", outcome).increment();
    }

    PlatformConfig config() {
        return config;
    }

    KafkaClients clients() {
        return clients;
    }

    KafkaTopics topics() {
        return topics;
    }

    Inbox inbox() {
        return inbox;
    }
}
