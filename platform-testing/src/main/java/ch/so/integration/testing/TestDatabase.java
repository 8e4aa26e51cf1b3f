package ch.so.integration.testing;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;

import ch.so.integration.devkit.ServiceDatabase;

/** The test database of the service under test, for checks the API cannot make (e.g. the app role's grants). */
public record TestDatabase(String jdbcUrl, ServiceDatabase roles) {

    public Connection asApp() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, roles.appRole(), roles.password());
    }

    public Connection asOwner() throws SQLException {
        return DriverManager.getConnection(jdbcUrl, roles.ownerRole(), roles.password());
    }
}
