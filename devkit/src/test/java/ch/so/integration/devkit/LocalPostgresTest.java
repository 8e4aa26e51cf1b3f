package ch.so.integration.devkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * A machine without a PostgreSQL server still runs the suite and its tests: the embedded PostgreSQL from Maven
 * artifacts starts, and a service database with its two roles is provisioned on it.
 */
class LocalPostgresTest {

    @Test
    @DisplayName("without a reachable server, an embedded PostgreSQL starts and gets a service's database and roles")
    void embeddedFallback() throws Exception {
        System.setProperty("suite.postgres.embedded", "true");
        try (LocalPostgres postgres = LocalPostgres.startOrConnect(null)) {
            assertThat(postgres.isEmbedded()).isTrue();
            ServiceDatabase db = ServiceDatabase.forService("day-center").withDatabase("day_center_embedded");
            postgres.provision(db, true);

            try (Connection owner = DriverManager.getConnection(postgres.jdbcUrl(db.database()), db.ownerRole(), db.password());
                 Statement s = owner.createStatement()) {
                s.execute("create table probe (id int)");
                s.execute("grant select on probe to " + db.appRole());
            }
            try (Connection app = DriverManager.getConnection(postgres.jdbcUrl(db.database()), db.appRole(), db.password());
                 Statement s = app.createStatement(); ResultSet rs = s.executeQuery("select version(), count(*) from probe")) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("PostgreSQL 17");
            }
        } finally {
            System.clearProperty("suite.postgres.embedded");
        }
    }
}
