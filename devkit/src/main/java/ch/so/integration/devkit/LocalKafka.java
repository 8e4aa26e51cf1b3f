package ch.so.integration.devkit;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

/**
 * An Apache Kafka broker in KRaft mode (combined broker and controller, one node) as a separate process, from
 * the class path that {@code local-kafka} copies out of Maven Central. Its data survives restarts in
 * {@code dataDirectory}; stop() shuts it down cleanly (SIGTERM).
 */
public final class LocalKafka implements AutoCloseable {

    private final Process process;
    private final int port;

    private LocalKafka(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    public static LocalKafka start(Path libDirectory, Path dataDirectory, int port, int controllerPort, Path logFile)
            throws IOException, InterruptedException {
        if (!Files.isDirectory(libDirectory) || Files.list(libDirectory).findAny().isEmpty()) {
            throw new IOException("no Kafka class path in " + libDirectory + " (run ./mvnw package first)");
        }
        if (LocalPostgres.answers("127.0.0.1", port)) {
            throw new IOException("port " + port + " is taken: is another broker running?");
        }
        Files.createDirectories(dataDirectory);
        Path config = dataDirectory.resolve("server.properties");
        Files.writeString(config, String.join("\n", List.of(
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.bootstrap.servers=127.0.0.1:" + controllerPort,
                "listeners=PLAINTEXT://127.0.0.1:" + port + ",CONTROLLER://127.0.0.1:" + controllerPort,
                "advertised.listeners=PLAINTEXT://127.0.0.1:" + port,
                "controller.listener.names=CONTROLLER",
                "listener.security.protocol.map=PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT",
                "log.dirs=" + dataDirectory.resolve("log").toAbsolutePath(),
                "num.partitions=3",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0")) + "\n");
        Path log4j = dataDirectory.resolve("log4j2.properties");
        Files.writeString(log4j, String.join("\n", List.of(
                "rootLogger.level=WARN",
                "rootLogger.appenderRef.out.ref=OUT",
                "appender.out.type=Console",
                "appender.out.name=OUT",
                "appender.out.layout.type=PatternLayout",
                "appender.out.layout.pattern=%d{ISO8601} %-5p [kafka] %m%n",
                "logger.started.name=kafka.server.KafkaRaftServer",
                "logger.started.level=INFO")) + "\n");
        String java = ProcessHandle.current().info().command().orElse("java");
        String classPath = libDirectory.toAbsolutePath() + File.separator + "*";
        if (!Files.exists(dataDirectory.resolve("log").resolve("meta.properties"))) {
            run(List.of(java, "-Dlog4j2.configurationFile=" + log4j, "-cp", classPath, "kafka.tools.StorageTool",
                    "format", "--standalone", "-t", UUID.randomUUID().toString().replace("-", "").substring(0, 22),
                    "-c", config.toString()), logFile);
        }
        Process process = new ProcessBuilder(java, "-Xms256m", "-Xmx512m",
                "-Dlog4j2.configurationFile=" + log4j, "-cp", classPath, "kafka.Kafka", config.toString())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile()))
                .start();
        LocalKafka kafka = new LocalKafka(process, port);
        kafka.awaitPort(Duration.ofSeconds(60));
        return kafka;
    }

    private static void run(List<String> command, Path logFile) throws IOException, InterruptedException {
        Process format = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        if (!format.waitFor(60, TimeUnit.SECONDS) || format.exitValue() != 0) {
            throw new IOException("formatting Kafka storage failed, see " + logFile);
        }
    }

    private void awaitPort(Duration timeout) throws IOException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IOException("Kafka broker exited with " + process.exitValue());
            }
            if (LocalPostgres.answers("127.0.0.1", port)) {
                return;
            }
            Thread.sleep(200);
        }
        throw new IOException("Kafka broker did not open port " + port + " within " + timeout.toSeconds() + " s");
    }

    public String bootstrapServers() {
        return "127.0.0.1:" + port;
    }

    @Override
    public void close() throws InterruptedException {
        ServiceProcess.stop(process, Duration.ofSeconds(20));
    }
}
