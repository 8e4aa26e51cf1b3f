package ch.so.integration.devkit;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;

/**
 * {@code ./suite run}: the whole suite on this machine, no Docker. PostgreSQL (the local server on 5432, or an
 * embedded one), a Kafka broker process on 9092, the dev OIDC issuer on 8090, the five services on 8081-8085 and
 * the gateway on 8080. Logs go to .devstack/logs. Ctrl-C stops everything.
 */
public final class LocalSuite {

    public static final int ISSUER_PORT = 8090;
    public static final int KAFKA_PORT = 9092;
    public static final int KAFKA_CONTROLLER_PORT = 9093;

    private LocalSuite() {
    }

    public static void main(String[] args) throws Exception {
        Path root = Path.of("").toAbsolutePath();
        if (!Files.exists(root.resolve("local-kafka/pom.xml"))) {
            throw new IllegalStateException("run from the repository root");
        }
        Path devstack = root.resolve(".devstack");
        Path logs = devstack.resolve("logs");
        Files.createDirectories(logs);
        Instant started = Instant.now();

        say("Starting PostgreSQL ...");
        LocalPostgres postgres = LocalPostgres.startOrConnect(devstack.resolve("postgres"));
        say("  " + (postgres.isEmbedded() ? "embedded PostgreSQL on port " + postgres.port()
                : "using the PostgreSQL server on " + postgres.host() + ":" + postgres.port()));
        say("Starting Kafka (KRaft) on 127.0.0.1:" + KAFKA_PORT + " ...");
        LocalKafka kafka = LocalKafka.start(root.resolve("local-kafka/target/lib"), devstack.resolve("kafka"),
                KAFKA_PORT, KAFKA_CONTROLLER_PORT, logs.resolve("kafka.log"));
        DevIssuer issuer = DevIssuer.start(ISSUER_PORT);
        say("Dev OIDC issuer on " + issuer.issuer());

        SuiteRunner[] suite = new SuiteRunner[1];
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            System.out.println();
            say("Stopping ...");
            try {
                if (suite[0] != null) {
                    suite[0].close();
                }
                kafka.close();
                issuer.close();
                postgres.close();
            } catch (Exception e) {
                say("  while stopping: " + e);
            }
            say("Stopped.");
        }));

        say("Starting the five services and the gateway (logs in " + root.relativize(logs) + ") ...");
        suite[0] = SuiteRunner.start(new SuiteRunner.Settings(root, postgres, "", false, kafka.bootstrapServers(),
                issuer.issuer(), issuer.jwksUrl(), Map.of(), SuiteRunner.DEFAULT_GATEWAY_PORT, logs, true,
                Duration.ofMinutes(3)));

        String gateway = suite[0].gatewayUrl().replace("127.0.0.1", "localhost");
        long seconds = Duration.between(started, Instant.now()).toSeconds();
        System.out.printf("""

                The integration suite is up (%d s).

                  Gateway      %s
                  Swagger UI   %s/q/swagger-ui
                  Health       %s/q/health/group/suite
                  Token        ./suite token <role> [institution]     e.g. ./suite token intake
                               roles: intake caseworker iiz-coordinator partner day-center-staff billing canton controlling admin
                  Try it       curl -H "Authorization: Bearer $(./suite token intake)" %s/api/intake/persons?officialName=M

                Ctrl-C stops everything.
                %n""", seconds, gateway, gateway, gateway, gateway);
        Thread.currentThread().join();
    }

    private static void say(String line) {
        System.out.println("[suite] " + line);
    }
}
