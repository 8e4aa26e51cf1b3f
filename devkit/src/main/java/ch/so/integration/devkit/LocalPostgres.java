package ch.so.integration.devkit;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.regex.Pattern;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * A real PostgreSQL without Docker: the server on 127.0.0.1:5432 when one answers there (trust auth, superuser
 * {@code postgres}), otherwise an embedded PostgreSQL 17 started from Maven artifacts. Provisions a database and
 * its owner and application roles per service.
 */
public final class LocalPostgres implements AutoCloseable {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z][a-z0-9_]{0,62}");

    private final String host;
    private final int port;
    private final String superuser;
    private final EmbeddedPostgres embedded;

    private LocalPostgres(String host, int port, String superuser, EmbeddedPostgres embedded) {
        this.host = host;
        this.port = port;
        this.superuser = superuser;
        this.embedded = embedded;
    }

    /**
     * @param embeddedDataDirectory where an embedded server keeps its data (null: a temporary directory, wiped on close)
     */
    public static LocalPostgres startOrConnect(Path embeddedDataDirectory) throws IOException {
        String host = System.getProperty("suite.postgres.host", "127.0.0.1");
        int port = Integer.getInteger("suite.postgres.port", 5432);
        if (!Boolean.getBoolean("suite.postgres.embedded") && answers(host, port)
                && acceptsSuperuser(host, port, "postgres")) {
            return new LocalPostgres(host, port, "postgres", null);
        }
        EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder().setPGStartupWait(java.time.Duration.ofSeconds(30));
        if (embeddedDataDirectory != null) {
            Files.createDirectories(embeddedDataDirectory);
            builder.setDataDirectory(embeddedDataDirectory).setCleanDataDirectory(false);
        }
        EmbeddedPostgres pg = builder.start();
        return new LocalPostgres("127.0.0.1", pg.getPort(), "postgres", pg);
    }

    public boolean isEmbedded() {
        return embedded != null;
    }

    public String host() {
        return host;
    }

    public int port() {
        return port;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** Creates the roles and the database if missing; {@code fresh} drops the database first (tests only). */
    public void provision(ServiceDatabase db, boolean fresh) throws SQLException {
        requireIdentifier(db.database());
        requireIdentifier(db.ownerRole());
        requireIdentifier(db.appRole());
        try (Connection c = superuserConnection("postgres"); Statement s = c.createStatement()) {
            ensureRole(c, db.ownerRole(), db.password());
            ensureRole(c, db.appRole(), db.password());
            if (fresh) {
                s.execute("drop database if exists " + db.database() + " with (force)");
            }
            if (!exists(c, "select 1 from pg_database where datname = ?", db.database())) {
                s.execute("create database " + db.database() + " owner " + db.ownerRole() + " encoding 'UTF8'");
            }
            s.execute("revoke all on database " + db.database() + " from public");
            s.execute("grant connect on database " + db.database() + " to " + db.ownerRole() + ", " + db.appRole());
        }
        try (Connection c = superuserConnection(db.database()); Statement s = c.createStatement()) {
            s.execute("alter schema public owner to " + db.ownerRole());
            s.execute("revoke create on schema public from public");
            s.execute("grant usage on schema public to " + db.appRole());
        }
    }

    public Connection superuserConnection(String database) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(database), superuser, "");
    }

    private static void ensureRole(Connection c, String role, String password) throws SQLException {
        if (!exists(c, "select 1 from pg_roles where rolname = ?", role)) {
            try (Statement s = c.createStatement()) {
                s.execute("create role " + role + " login password '" + password.replace("'", "''") + "'");
            }
        }
    }

    private static boolean exists(Connection c, String sql, String name) throws SQLException {
        try (PreparedStatement p = c.prepareStatement(sql)) {
            p.setString(1, name);
            try (ResultSet rs = p.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static void requireIdentifier(String name) {
        if (!IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException("not a safe SQL identifier: " + name);
        }
    }

    static boolean answers(String host, int port) {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(host, port), 500);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static boolean acceptsSuperuser(String host, int port, String user) {
        try (Connection ignored = DriverManager.getConnection("jdbc:postgresql://" + host + ":" + port + "/postgres", user, "")) {
            return true;
        } catch (SQLException e) {
            return false;
        }
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
