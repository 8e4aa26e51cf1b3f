package ch.so.integration.devkit;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * The five services and the gateway as child processes, configured through environment variables exactly as
 * ops configure the containers (docker-compose.yml). Used by the local run and by the system tests.
 */
public final class SuiteRunner implements AutoCloseable {

    /** A service: its name (= path segment after /api/ and event source), Maven module and default port. */
    public record Service(String name, String module, int defaultPort) {
        public ServiceDatabase database() {
            return ServiceDatabase.forService(name);
        }
    }

    public static final List<Service> SERVICES = List.of(
            new Service("intake", "intake-service", 8081),
            new Service("segmentation", "segmentation-service", 8082),
            new Service("billing", "billing-service", 8083),
            new Service("iiz", "iiz-service", 8084),
            new Service("day-center", "day-center-service", 8085));

    public static final int DEFAULT_GATEWAY_PORT = 8080;

    /** Small heaps and the C1 compiler only: six JVMs share two cores and start in parallel. */
    public static final List<String> JVM_OPTIONS = List.of("-Xms64m", "-Xmx320m", "-XX:+UseSerialGC",
            "-XX:TieredStopAtLevel=1", "-XX:ReservedCodeCacheSize=96m");

    /**
     * @param databaseSuffix appended to each database name ({@code ""} for the local run, e.g. {@code "_st"} for
     *                       the system tests, so they never touch the local run's data)
     * @param freshDatabases drop and recreate the databases first (tests only)
     */
    public record Settings(Path repositoryRoot, LocalPostgres postgres, String databaseSuffix, boolean freshDatabases,
                           String kafkaBootstrapServers, String issuer, String jwksUrl,
                           Map<String, Integer> ports, int gatewayPort, Path logDirectory, boolean jsonLogs,
                           Duration readyTimeout) {
    }

    private final Map<String, ServiceProcess> services;
    private final ServiceProcess gateway;
    private final Settings settings;

    private SuiteRunner(Map<String, ServiceProcess> services, ServiceProcess gateway, Settings settings) {
        this.services = services;
        this.gateway = gateway;
        this.settings = settings;
    }

    public static SuiteRunner start(Settings settings) throws Exception {
        Map<String, ServiceProcess> started = new LinkedHashMap<>();
        ServiceProcess gateway = null;
        try {
            for (Service service : SERVICES) {
                ServiceDatabase db = database(settings, service);
                settings.postgres().provision(db, settings.freshDatabases());
                started.put(service.name(), ServiceProcess.start(service.name(), runner(settings, service.module()),
                        port(settings, service), serviceEnvironment(settings, service, db),
                        settings.logDirectory().resolve(service.module() + ".log"), JVM_OPTIONS));
            }
            gateway = ServiceProcess.start("gateway", runner(settings, "gateway"), settings.gatewayPort(),
                    gatewayEnvironment(settings), settings.logDirectory().resolve("gateway.log"), JVM_OPTIONS);
            List<CompletableFuture<Void>> ready = new ArrayList<>();
            for (ServiceProcess process : started.values()) {
                ready.add(awaitReady(process, settings.readyTimeout()));
            }
            ready.add(awaitReady(gateway, settings.readyTimeout()));
            try {
                CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof Exception cause ? cause : e;
            }
            return new SuiteRunner(started, gateway, settings);
        } catch (Exception e) {
            if (gateway != null) {
                gateway.close();
            }
            for (ServiceProcess process : started.values()) {
                process.close();
            }
            throw e;
        }
    }

    private static CompletableFuture<Void> awaitReady(ServiceProcess process, Duration timeout) {
        return CompletableFuture.runAsync(() -> {
            try {
                process.awaitReady(timeout);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        });
    }

    private static Path runner(Settings settings, String module) {
        return settings.repositoryRoot().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
    }

    private static int port(Settings settings, Service service) {
        return settings.ports().getOrDefault(service.name(), service.defaultPort());
    }

    private static ServiceDatabase database(Settings settings, Service service) {
        ServiceDatabase db = service.database();
        return db.withDatabase(db.database() + settings.databaseSuffix());
    }

    /** AM-06 example waiver limits per household size 1..5 (invented; billing's WaiverLimits.EXAMPLE). */
    static final String EXAMPLE_INCOME_LIMITS = "2600.00,3900.00,4700.00,5400.00,6000.00";
    /** The iiz deletion-log key of the local run (development only, not secret). */
    static final String DEV_DELETION_LOG_KEY = "local-run-iiz-deletion-log-key-not-for-production";
    static final String EXAMPLE_ASSET_LIMITS = "10000.00,20000.00,25000.00,30000.00,35000.00";

    /** The variables a service container needs (the same list docker-compose.yml gives). */
    static Map<String, String> serviceEnvironment(Settings settings, Service service, ServiceDatabase db) {
        Map<String, String> env = new HashMap<>();
        env.put("HTTP_PORT", String.valueOf(port(settings, service)));
        env.put("DB_URL", settings.postgres().jdbcUrl(db.database()));
        env.put("DB_APP_USER", db.appRole());
        env.put("DB_APP_PASSWORD", db.password());
        env.put("DB_OWNER_USER", db.ownerRole());
        env.put("DB_OWNER_PASSWORD", db.password());
        env.put("KAFKA_BOOTSTRAP_SERVERS", settings.kafkaBootstrapServers());
        env.put("OIDC_ISSUER", settings.issuer());
        env.put("OIDC_JWKS_URL", settings.jwksUrl());
        env.put("LOG_JSON", String.valueOf(settings.jsonLogs()));
        if ("intake".equals(service.name())) {
            postalCodes(settings).ifPresent(file -> env.put("POSTAL_CODES_FILE", file.toString()));
        }
        if ("billing".equals(service.name())) {
            // AM-06: the local run bills with invented example limits (see billing-service README); production
            // must set the AGS info sheet's figures
            env.put("WAIVER_INCOME_LIMITS", System.getenv().getOrDefault("WAIVER_INCOME_LIMITS", EXAMPLE_INCOME_LIMITS));
            env.put("WAIVER_ASSET_LIMITS", System.getenv().getOrDefault("WAIVER_ASSET_LIMITS", EXAMPLE_ASSET_LIMITS));
        }
        if ("iiz".equals(service.name())) {
            // IZ-10: the local run hashes the deletion log's texts with a fixed development key; production sets its
            // own secret
            env.put("IIZ_DELETION_LOG_KEY", System.getenv().getOrDefault("IIZ_DELETION_LOG_KEY", DEV_DELETION_LOG_KEY));
        }
        return env;
    }

    /**
     * The GeoNames postal-code CSV intake imports at start (AM-04 search): {@code POSTAL_CODES_FILE} if set, else
     * {@code ../shared/data/postal-codes-ch.csv} beside the repository when it is there. Not part of the repository
     * (CC BY 4.0 data the operator provides).
     */
    static java.util.Optional<Path> postalCodes(Settings settings) {
        String configured = System.getenv("POSTAL_CODES_FILE");
        Path file = configured != null && !configured.isBlank() ? Path.of(configured)
                : settings.repositoryRoot().toAbsolutePath().normalize().resolveSibling("shared/data/postal-codes-ch.csv");
        return java.nio.file.Files.isRegularFile(file) ? java.util.Optional.of(file.toAbsolutePath())
                : java.util.Optional.empty();
    }

    static Map<String, String> gatewayEnvironment(Settings settings) {
        Map<String, String> env = new HashMap<>();
        env.put("HTTP_PORT", String.valueOf(settings.gatewayPort()));
        for (Service service : SERVICES) {
            env.put(service.name().toUpperCase().replace('-', '_') + "_URL", "http://127.0.0.1:" + port(settings, service));
        }
        env.put("OIDC_ISSUER", settings.issuer());
        env.put("OIDC_JWKS_URL", settings.jwksUrl());
        env.put("LOG_JSON", String.valueOf(settings.jsonLogs()));
        return env;
    }

    public String gatewayUrl() {
        return gateway.baseUrl();
    }

    public ServiceProcess service(String name) {
        return services.get(name);
    }

    public Settings settings() {
        return settings;
    }

    @Override
    public void close() throws InterruptedException {
        gateway.close();
        List<Thread> stopping = new ArrayList<>();
        for (ServiceProcess process : services.values()) {
            stopping.add(Thread.ofPlatform().start(() -> {
                try {
                    process.close();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        for (Thread t : stopping) {
            t.join();
        }
    }
}
