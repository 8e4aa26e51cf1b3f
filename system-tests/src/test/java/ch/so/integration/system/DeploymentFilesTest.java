package ch.so.integration.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import ch.so.integration.devkit.ServiceDatabase;
import ch.so.integration.devkit.SuiteRunner;
import ch.so.integration.platform.auth.Roles;

/**
 * No engine here can run docker-compose.yml, so this reads it: every service, port, dependency, health check and
 * every variable a service requires in production (its application.properties, profile %prod) must be there,
 * and the Keycloak realm must define the suite's roles and claims.
 */
class DeploymentFilesTest {

    static final Path ROOT = Path.of(System.getProperty("suite.repositoryRoot", "..")).toAbsolutePath().normalize();
    static JsonNode compose;

    @BeforeAll
    static void read() throws IOException {
        // SnakeYAML resolves merge keys (<<: *anchor) as Compose does; Jackson's YAML reader does not
        Object yaml = new org.yaml.snakeyaml.Yaml().load(Files.readString(ROOT.resolve("docker-compose.yml")));
        compose = new ObjectMapper().valueToTree(yaml);
    }

    private static JsonNode service(String name) {
        JsonNode service = compose.path("services").path(name);
        assertThat(service.isMissingNode()).as("service %s in docker-compose.yml", name).isFalse();
        return service;
    }

    /** Variables referenced as ${NAME} (no default) in a module's %prod configuration: the ones it cannot start without. */
    static Set<String> requiredVariables(String module) throws IOException {
        Set<String> names = new LinkedHashSet<>();
        Pattern reference = Pattern.compile("\\$\\{([A-Z_]+)}");
        for (String line : Files.readAllLines(ROOT.resolve(module).resolve("src/main/resources/application.properties"))) {
            if (line.startsWith("%prod.")) {
                Matcher m = reference.matcher(line);
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    @Test
    @DisplayName("PostgreSQL, Kafka (KRaft), Keycloak, the five services and the gateway are all there, with health checks")
    void everyServiceIsThere() {
        List<String> expected = new ArrayList<>(List.of("postgres", "kafka", "keycloak", "gateway"));
        SuiteRunner.SERVICES.forEach(s -> expected.add(s.name()));
        assertThat(iterable(compose.path("services").fieldNames())).containsExactlyInAnyOrderElementsOf(expected);
        for (String name : expected) {
            assertThat(service(name).path("healthcheck").path("test").isMissingNode()).as("%s has a health check", name).isFalse();
            assertThat(service(name).path("image").asText()).as("%s has an image", name).isNotBlank();
        }
        assertThat(service("kafka").path("environment").path("KAFKA_PROCESS_ROLES").asText()).isEqualTo("broker,controller");
        assertThat(service("keycloak").path("command").toString()).contains("--import-realm");
    }

    @Test
    @DisplayName("each service: its image, port, database, roles, every required variable, and healthy dependencies")
    void servicesAreConfiguredCompletely() throws IOException {
        for (SuiteRunner.Service s : SuiteRunner.SERVICES) {
            JsonNode service = service(s.name());
            JsonNode env = service.path("environment");
            assertThat(service.path("image").asText()).contains(s.module());
            for (String variable : requiredVariables(s.module())) {
                assertThat(env.has(variable)).as("%s sets %s", s.name(), variable).isTrue();
            }
            assertThat(env.path("HTTP_PORT").asInt()).isEqualTo(s.defaultPort());
            assertThat(iterable(service.path("expose").elements()).stream().map(JsonNode::asText))
                    .contains(String.valueOf(s.defaultPort()));
            ServiceDatabase db = s.database();
            assertThat(env.path("DB_URL").asText()).isEqualTo("jdbc:postgresql://postgres:5432/" + db.database());
            assertThat(env.path("DB_APP_USER").asText()).isEqualTo(db.appRole());
            assertThat(env.path("DB_OWNER_USER").asText()).isEqualTo(db.ownerRole());
            assertThat(env.path("DB_APP_PASSWORD").asText()).as("no password in the file").startsWith("${");
            assertThat(env.path("KAFKA_BOOTSTRAP_SERVERS").asText()).isEqualTo("kafka:9092");
            assertThat(env.path("OIDC_JWKS_URL").asText()).startsWith("http://keycloak:8080/realms/integration/");
            for (String dependency : List.of("postgres", "kafka", "keycloak")) {
                assertThat(service.path("depends_on").path(dependency).path("condition").asText())
                        .as("%s waits for %s", s.name(), dependency).isEqualTo("service_healthy");
            }
            assertThat(service.path("healthcheck").path("test").toString()).contains(String.valueOf(s.defaultPort()))
                    .contains("/q/health/ready");
        }
    }

    @Test
    @DisplayName("the gateway: published on 8080, routes to every service, waits for all of them, trusts Keycloak")
    void gateway() throws IOException {
        JsonNode gateway = service("gateway");
        JsonNode env = gateway.path("environment");
        assertThat(iterable(gateway.path("ports").elements()).stream().map(JsonNode::asText)).contains("8080:8080");
        for (String variable : requiredVariables("gateway")) {
            assertThat(env.has(variable)).as("gateway sets %s", variable).isTrue();
        }
        for (SuiteRunner.Service s : SuiteRunner.SERVICES) {
            String variable = s.name().toUpperCase().replace('-', '_') + "_URL";
            assertThat(env.path(variable).asText()).isEqualTo("http://" + s.name() + ":" + s.defaultPort());
            assertThat(gateway.path("depends_on").path(s.name()).path("condition").asText()).isEqualTo("service_healthy");
        }
    }

    @Test
    @DisplayName("PostgreSQL is initialised with every service's database and roles, from variables it is given")
    void databaseInitialisation() throws IOException {
        String script = Files.readString(ROOT.resolve("deploy/postgres/init-databases.sh"));
        JsonNode postgres = service("postgres");
        assertThat(postgres.path("volumes").toString()).contains("init-databases.sh:/docker-entrypoint-initdb.d/");
        Matcher used = Pattern.compile("\\$([A-Z_]+_PASSWORD)").matcher(script);
        while (used.find()) {
            assertThat(postgres.path("environment").has(used.group(1))).as("postgres gets %s", used.group(1)).isTrue();
        }
        for (SuiteRunner.Service s : SuiteRunner.SERVICES) {
            ServiceDatabase db = s.database();
            assertThat(script).containsPattern("create\\s+" + db.database() + "\\s+" + db.ownerRole() + "\\s+.*" + db.appRole());
        }
    }

    @Test
    @DisplayName("the Keycloak realm defines exactly the suite's roles and puts roles and institution into the token")
    void keycloakRealm() throws IOException {
        JsonNode realm = new ObjectMapper().readTree(Files.readString(ROOT.resolve("deploy/keycloak/integration-realm.json")));
        assertThat(service("keycloak").path("volumes").toString()).contains("integration-realm.json");
        assertThat(realm.path("realm").asText()).isEqualTo("integration");
        List<String> roles = iterable(realm.path("roles").path("realm").elements()).stream()
                .map(r -> r.path("name").asText()).toList();
        assertThat(roles).containsExactlyInAnyOrderElementsOf(Roles.ALL);
        String mappers = realm.path("clientScopes").toString();
        assertThat(mappers).contains("\"claim.name\":\"groups\"").contains("\"claim.name\":\"" + Roles.INSTITUTION_CLAIM + "\"")
                .contains("\"included.custom.audience\":\"integration-suite\"");
        assertThat(realm.path("defaultDefaultClientScopes").toString()).contains("suite-claims");
    }

    private static <T> List<T> iterable(java.util.Iterator<T> iterator) {
        List<T> list = new ArrayList<>();
        iterator.forEachRemaining(list::add);
        return list;
    }

}
