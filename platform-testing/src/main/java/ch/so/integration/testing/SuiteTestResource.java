package ch.so.integration.testing;

import java.util.HashMap;
import java.util.Map;

import ch.so.integration.devkit.DevIssuer;
import ch.so.integration.devkit.LocalPostgres;
import ch.so.integration.devkit.ServiceDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

/**
 * The real infrastructure of one service under test, shared by all its {@code @QuarkusTest} classes:
 * PostgreSQL (local server or embedded) with a fresh {@code <service>_test} database and the service's owner
 * and application roles; an in-process Kafka broker; a dev OIDC issuer the service trusts.
 * Use as {@code @WithTestResource(value = SuiteTestResource.class, initArgs = @ResourceArg(name = "service",
 * value = "intake"))}; fields annotated {@link Suite} receive the cluster, tokens and database.
 */
public class SuiteTestResource implements QuarkusTestResourceLifecycleManager {

    private static LocalPostgres postgres;
    private static KafkaTestCluster kafka;
    private static DevIssuer issuer;
    private static DevIssuer foreignIssuer;

    private String service;
    private TestDatabase database;

    @Override
    public void init(Map<String, String> initArgs) {
        service = initArgs.getOrDefault("service", "service");
    }

    @Override
    public synchronized Map<String, String> start() {
        try {
            if (postgres == null) {
                postgres = LocalPostgres.startOrConnect(null);
            }
            if (kafka == null) {
                kafka = KafkaTestCluster.start();
            }
            if (issuer == null) {
                issuer = DevIssuer.start(0);
                foreignIssuer = DevIssuer.start(0);
            }
            ServiceDatabase roles = ServiceDatabase.forService(service);
            // A suffix of its own lets two test runs share one PostgreSQL (-Dsuite-test.database-suffix=_test_b).
            ServiceDatabase db = roles.withDatabase(roles.database()
                    + System.getProperty("suite-test.database-suffix", "_test"));
            postgres.provision(db, true);
            database = new TestDatabase(postgres.jdbcUrl(db.database()), db);
            Map<String, String> config = new HashMap<>();
            config.put("quarkus.datasource.jdbc.url", database.jdbcUrl());
            config.put("quarkus.datasource.username", db.appRole());
            config.put("quarkus.datasource.password", db.password());
            config.put("suite.database.owner-user", db.ownerRole());
            config.put("suite.database.owner-password", db.password());
            config.put("kafka.bootstrap.servers", kafka.bootstrapServers());
            config.put("suite.auth.issuer", issuer.issuer());
            config.put("suite.auth.jwks-url", issuer.jwksUrl());
            return config;
        } catch (Exception e) {
            throw new IllegalStateException("could not provide the test infrastructure", e);
        }
    }

    @Override
    public void inject(TestInjector testInjector) {
        testInjector.injectIntoFields(kafka, new TestInjector.AnnotatedAndMatchesType(Suite.class, KafkaTestCluster.class));
        testInjector.injectIntoFields(new TestTokens(issuer, foreignIssuer),
                new TestInjector.AnnotatedAndMatchesType(Suite.class, TestTokens.class));
        testInjector.injectIntoFields(database, new TestInjector.AnnotatedAndMatchesType(Suite.class, TestDatabase.class));
    }

    @Override
    public void stop() {
        // the broker, issuer and database server live as long as the test JVM: several test classes share them
    }
}
