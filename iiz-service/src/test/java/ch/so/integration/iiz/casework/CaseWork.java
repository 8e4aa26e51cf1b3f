package ch.so.integration.iiz.casework;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

import ch.so.integration.iiz.iizcase.CaseFixture;
import ch.so.integration.testing.TestDatabase;
import io.restassured.specification.RequestSpecification;

/** Helpers for the case-work tests: paths, a small PDF, and SQL checks the API cannot make. */
public final class CaseWork {

    public static final byte[] PDF = ("%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\n% Bericht der Institution\n%%EOF\n")
            .getBytes(StandardCharsets.ISO_8859_1);

    private CaseWork() {
    }

    public static String path(CaseFixture.Case c, String rest) {
        return CaseFixture.BASE + "/" + c.id() + rest;
    }

    public static RequestSpecification teamPartner(CaseFixture fixture, CaseFixture.Case c) {
        return fixture.partner(c.institution());
    }

    /** The actions of the audit records of a person for one resource type, in order. */
    public static List<String> auditActions(TestDatabase database, String personId, String resourceType)
            throws Exception {
        return strings(database, "select action from audit_log where subject_ref = ? and resource_type = ? order by id",
                personId, resourceType);
    }

    public static long count(TestDatabase database, String sql, Object... args) throws Exception {
        try (Connection connection = database.asOwner(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            try (ResultSet rows = statement.executeQuery()) {
                rows.next();
                return rows.getLong(1);
            }
        }
    }

    public static List<String> strings(TestDatabase database, String sql, Object... args) throws Exception {
        try (Connection connection = database.asOwner(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            List<String> result = new ArrayList<>();
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    result.add(rows.getString(1));
                }
            }
            return result;
        }
    }

    public static void execute(TestDatabase database, String sql, Object... args) throws Exception {
        try (Connection connection = database.asOwner(); PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                statement.setObject(i + 1, args[i]);
            }
            statement.executeUpdate();
        }
    }
}
