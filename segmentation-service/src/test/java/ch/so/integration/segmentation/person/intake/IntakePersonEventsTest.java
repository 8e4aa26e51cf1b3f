package ch.so.integration.segmentation.person.intake;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.UUID;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.node.ObjectNode;

import ch.so.integration.platform.events.EventJson;
import ch.so.integration.segmentation.IntakeEvents;
import ch.so.integration.segmentation.SegmentationTestResource;
import ch.so.integration.testing.KafkaTestCluster;
import ch.so.integration.testing.Suite;
import ch.so.integration.testing.TestDatabase;
import ch.so.integration.testing.TopicReader;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
@SegmentationTestResource
class IntakePersonEventsTest {

    @Suite
    KafkaTestCluster kafka;

    @Suite
    TestDatabase database;

    private int known(UUID personId) throws Exception {
        try (var c = database.asOwner();
             var s = c.prepareStatement("select count(*) from known_person where person_id = ?")) {
            s.setObject(1, personId);
            try (var rs = s.executeQuery()) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    @Test
    @DisplayName("a PersonRegistered delivered twice makes the person known once, keeping the id only")
    void learnsOnce() throws Exception {
        UUID person = UUID.randomUUID();
        String event = IntakeEvents.personRegistered(person);
        kafka.send("intake.person", person.toString(), event);
        kafka.send("intake.person", person.toString(), event);
        UUID marker = IntakeEvents.registerPerson(kafka, database);
        assertThat(known(marker)).isEqualTo(1);
        assertThat(known(person)).isEqualTo(1);
    }

    @Test
    @DisplayName("a PersonRegistered whose subject is not the person id is dead-lettered with a reason")
    void deadLettersAMismatch() throws Exception {
        UUID person = UUID.randomUUID();
        ObjectNode event = (ObjectNode) EventJson.MAPPER.readTree(IntakeEvents.personRegistered(person));
        event.put("subject", UUID.randomUUID().toString());
        kafka.send("intake.person", person.toString(), EventJson.MAPPER.writeValueAsString(event));
        try (TopicReader reader = kafka.reader("segmentation.dead-letter")) {
            var records = reader.await(r -> person.toString().equals(r.key()), 1, Duration.ofSeconds(20));
            assertThat(TopicReader.header(records.getFirst(), "dlt-reason")).contains("subject");
            assertThat(TopicReader.header(records.getFirst(), "dlt-consumer")).isEqualTo("segmentation.intake-persons");
        }
        assertThat(known(person)).isZero();
    }
}
