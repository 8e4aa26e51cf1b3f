package ch.so.integration.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import ch.so.integration.platform.config.PlatformConfig;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Keeps the platform tables small: deletes outbox rows published longer ago than the retention, inbox rows older
 * than the inbox retention, and idempotency keys older than a day's retries could need. Never touches the audit
 * log. Also exposes the outbox backlog as the gauge {@code outbox.events.pending}.
 */
@ApplicationScoped
public class Housekeeping {

    private static final Logger LOG = Logger.getLogger(Housekeeping.class);
    static final Duration IDEMPOTENCY_KEY_RETENTION = Duration.ofDays(7);

    private final AgroalDataSource dataSource;
    private final PlatformConfig config;
    private final MeterRegistry metrics;
    private ScheduledExecutorService scheduler;

    Housekeeping(AgroalDataSource dataSource, PlatformConfig config, MeterRegistry metrics) {
        this.dataSource = dataSource;
        this.config = config;
        this.metrics = metrics;
    }

    void start(@Observes @Priority(Migrations.PRIORITY + 30) StartupEvent event) {
        Gauge.builder("outbox.events.pending", this::pendingOutboxRows).register(metrics);
        scheduler = Executors.newSingleThreadScheduledExecutor(r -> Thread.ofPlatform().name("housekeeping").daemon().unstarted(r));
        scheduler.scheduleWithFixedDelay(this::run, 1, 10, TimeUnit.MINUTES);
    }

    void stop(@Observes ShutdownEvent event) {
        if (scheduler != null) {
            scheduler.shutdownNow();
        }
    }

    void run() {
        try (Connection c = dataSource.getConnection()) {
            int outbox = delete(c, "delete from outbox_event where published_at < now() - ?::interval",
                    config.outbox().retention());
            int inbox = delete(c, "delete from inbox_event where received_at < now() - ?::interval",
                    config.consumer().inboxRetention());
            int keys = delete(c, "delete from idempotency_key where created_at < now() - ?::interval",
                    IDEMPOTENCY_KEY_RETENTION);
            if (outbox + inbox + keys > 0) {
                LOG.infof("Housekeeping removed %d outbox, %d inbox and %d idempotency rows", outbox, inbox, keys);
            }
        } catch (Exception e) {
            LOG.warnf("Housekeeping skipped (%s)", Failures.describe(e));
        }
    }

    private static int delete(Connection c, String sql, Duration age) throws Exception {
        try (PreparedStatement statement = c.prepareStatement(sql)) {
            statement.setString(1, age.getSeconds() + " seconds");
            return statement.executeUpdate();
        }
    }

    private double pendingOutboxRows() {
        try (Connection c = dataSource.getConnection();
             PreparedStatement s = c.prepareStatement("select count(*) from outbox_event where published_at is null");
             ResultSet rs = s.executeQuery()) {
            return rs.next() ? rs.getLong(1) : Double.NaN;
        } catch (Exception e) {
            return Double.NaN;
        }
    }
}
