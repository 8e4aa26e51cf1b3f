package ch.so.integration.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The in-process broker is a real broker, reachable at a fixed address, and can be stopped and started again. */
class KafkaTestClusterTest {

    static KafkaTestCluster kafka;

    @BeforeAll
    static void start() {
        kafka = KafkaTestCluster.start();
    }

    @AfterAll
    static void stop() throws Exception {
        kafka.close();
    }

    @Test
    void recordsSurviveABrokerRestartOnTheSameAddress() throws Exception {
        Properties props = new Properties();
        props.put("bootstrap.servers", kafka.bootstrapServers());
        try (Admin admin = Admin.create(props)) {
            admin.createTopics(List.of(new NewTopic("restart-test", 1, (short) 1))).all().get(10, TimeUnit.SECONDS);
        }
        kafka.send("restart-test", "k", "before");

        kafka.stopBroker();
        kafka.startBroker();
        kafka.send("restart-test", "k", "after");

        try (TopicReader reader = kafka.reader("restart-test")) {
            assertThat(reader.await(r -> true, 2, Duration.ofSeconds(20)))
                    .extracting(r -> r.value()).containsExactly("before", "after");
        }
    }
}
