package ch.so.integration.system;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import ch.so.integration.devkit.DevIssuer;
import ch.so.integration.devkit.LocalPostgres;
import ch.so.integration.devkit.SuiteRunner;
import ch.so.integration.testing.KafkaTestCluster;

/**
 * The whole suite, once per test JVM: PostgreSQL (fresh {@code *_st} databases), an in-process Kafka broker the
 * tests may stop, the dev issuer, and the packaged services and gateway as processes on free ports.
 */
final class RunningSuite {

    /**
     * The databases' suffix: {@code _st}, plus {@code -Dsuite-test.database-suffix} when given, so that two runs on
     * one PostgreSQL (e.g. two working copies) do not drop each other's databases.
     */
    static final String DATABASE_SUFFIX = "_st" + System.getProperty("suite-test.database-suffix", "");

    private static RunningSuite instance;

    final LocalPostgres postgres;
    final KafkaTestCluster kafka;
    final DevIssuer issuer;
    final SuiteRunner suite;
    final Path logs;

    private RunningSuite(LocalPostgres postgres, KafkaTestCluster kafka, DevIssuer issuer, SuiteRunner suite, Path logs) {
        this.postgres = postgres;
        this.kafka = kafka;
        this.issuer = issuer;
        this.suite = suite;
        this.logs = logs;
    }

    static synchronized RunningSuite get() throws Exception {
        if (instance == null) {
            Path root = Path.of(System.getProperty("suite.repositoryRoot", "..")).toAbsolutePath().normalize();
            Path logs = root.resolve("system-tests/target/suite-logs");
            LocalPostgres postgres = LocalPostgres.startOrConnect(null);
            KafkaTestCluster kafka = KafkaTestCluster.start();
            DevIssuer issuer = DevIssuer.start(0);
            Map<String, Integer> ports = new HashMap<>();
            for (SuiteRunner.Service service : SuiteRunner.SERVICES) {
                ports.put(service.name(), freePort());
            }
            SuiteRunner suite = SuiteRunner.start(new SuiteRunner.Settings(root, postgres, DATABASE_SUFFIX, true,
                    kafka.bootstrapServers(), issuer.issuer(), issuer.jwksUrl(), ports, freePort(), logs, true,
                    Duration.ofMinutes(3)));
            instance = new RunningSuite(postgres, kafka, issuer, suite, logs);
            // if the JVM dies without @AfterAll, at least the child processes must not outlive it
            Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
                try {
                    suite.close();
                } catch (InterruptedException ignored) {
                    Thread.currentThread().interrupt();
                }
            }));
        }
        return instance;
    }

    String gateway() {
        return suite.gatewayUrl();
    }

    /** A service's database, e.g. {@code database("day-center")} = {@code day_center_st}. */
    static String database(String service) {
        return ch.so.integration.devkit.ServiceDatabase.forService(service).database() + DATABASE_SUFFIX;
    }

    String bearer(String... roles) {
        return "Bearer " + issuer.token(roles);
    }

    /** A partner institution's token (the {@code institution} claim). */
    String bearerForPartner(String institution) {
        return "Bearer " + issuer.token(ch.so.integration.devkit.DevIssuer.TokenSpec.forRoles("partner")
                .withInstitution(institution));
    }

    static synchronized void stopAll() {
        if (instance != null) {
            instance.stop();
            instance = null;
        }
    }

    private void stop() {
        try {
            suite.close();
            kafka.close();
            issuer.close();
            postgres.close();
        } catch (Exception ignored) {
            // the JVM is going away
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
