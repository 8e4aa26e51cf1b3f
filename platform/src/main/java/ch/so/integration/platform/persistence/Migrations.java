package ch.so.integration.platform.persistence;

import java.util.Map;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.jboss.logging.Logger;

import ch.so.integration.platform.config.PlatformConfig;
import io.quarkus.runtime.StartupEvent;

/**
 * Migrates the service's database at start, as the owner role: first the platform's tables
 * ({@code db/platform}: outbox, inbox, audit log, idempotency keys), then the service's own ({@code db/migration}).
 * Versions are timestamps ({@code VyyyyMMddHHmm} style, e.g. {@code V2026_11_22_1000__...}) so platform and
 * service migrations interleave in the order they were written. Never cleans, never drops.
 */
@ApplicationScoped
public class Migrations {

    private static final Logger LOG = Logger.getLogger(Migrations.class);

    /** Runs before anything that touches the database (outbox relay, consumers). */
    public static final int PRIORITY = 10;

    private final PlatformConfig config;

    Migrations(PlatformConfig config) {
        this.config = config;
    }

    void migrateAtStart(@Observes @Priority(PRIORITY) StartupEvent event) {
        if (config.database().migrateAtStart()) {
            migrate();
        }
    }

    public MigrateResult migrate() {
        PlatformConfig.Database db = config.database();
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(db.url(), db.ownerUser(), db.ownerPassword().orElse(null))
                .locations("classpath:db/platform", "classpath:db/migration")
                .placeholders(Map.of("app_role", db.appRole()))
                .validateMigrationNaming(true)
                .cleanDisabled(true)
                .load();
        MigrateResult result = flyway.migrate();
        LOG.infof("Database schema at version %s (%d migration(s) applied now)",
                result.targetSchemaVersion == null ? result.initialSchemaVersion : result.targetSchemaVersion,
                result.migrationsExecuted);
        return result;
    }
}
