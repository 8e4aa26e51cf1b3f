package ch.so.integration.platform.config;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Settings every service shares. In production every value without a default comes from the environment
 * (see each service's application.properties, profile {@code %prod}).
 */
@ConfigMapping(prefix = "suite")
public interface PlatformConfig {

    /** The service's short name: event source, topic prefix, consumer-group prefix (e.g. {@code intake}). */
    String service();

    Auth auth();

    Database database();

    Kafka kafka();

    Outbox outbox();

    Consumer consumer();

    Log log();

    interface Auth {
        /** The OIDC issuer tokens must name in {@code iss}. */
        String issuer();

        /** The issuer's JSON Web Key Set. */
        String jwksUrl();

        /** Tokens must name it in {@code aud} (Keycloak: the suite-claims scope's audience mapper). */
        @WithDefault("integration-suite")
        String audience();

        @WithDefault("30s")
        Duration clockSkew();
    }

    interface Database {
        /** JDBC URL of the service's own database (migrations connect here as the owner). */
        String url();

        /** The role that owns the schema and runs migrations. */
        String ownerUser();

        Optional<String> ownerPassword();

        /** The role the application connects as: no DDL, and no UPDATE/DELETE on the audit log. */
        String appRole();

        @WithDefault("true")
        boolean migrateAtStart();
    }

    interface Kafka {
        String bootstrapServers();

        /** The topics this service publishes to (its AsyncAPI channels); created and warmed up at start. */
        Optional<List<String>> publishedTopics();

        /** Partitions for topics this service creates. */
        @WithDefault("3")
        int partitions();

        @WithDefault("1")
        short replicationFactor();
    }

    interface Outbox {
        /** Fallback poll when no commit wakes the relay (e.g. rows left by a crash or a broker outage). */
        @WithDefault("500ms")
        Duration pollInterval();

        @WithDefault("200")
        int batchSize();

        /** How long a published row stays in the outbox table before housekeeping deletes it. */
        @WithDefault("P7D")
        Duration retention();

        /** How long one batch may wait for the broker's acknowledgement. */
        @WithDefault("10s")
        Duration sendTimeout();
    }

    interface Consumer {
        @WithDefault("true")
        boolean enabled();

        /** Attempts for an event whose processing fails for a non-transient reason before it is dead-lettered. */
        @WithDefault("3")
        int maxAttempts();

        @WithDefault("250ms")
        Duration pollTimeout();

        @WithDefault("10s")
        Duration maxBackoff();

        /** Inbox rows (processed event ids) are kept this long; longer than the topics' retention. */
        @WithDefault("P30D")
        Duration inboxRetention();
    }

    interface Log {
        /** One JSON object per line on the console. */
        @WithDefault("false")
        boolean json();
    }
}
