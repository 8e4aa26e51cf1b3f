package ch.so.integration.devkit;

import java.util.Locale;

/**
 * The database and the two roles of one service: {@code <svc>_owner} owns the schema and runs migrations,
 * {@code <svc>_app} is what the running service connects as. Passwords are only used where the server asks for
 * them (the local server and the embedded one trust local connections).
 */
public record ServiceDatabase(String database, String ownerRole, String appRole, String password) {

    /** For service {@code day-center}: database {@code day_center}, roles {@code day_center_owner/_app}. */
    public static ServiceDatabase forService(String service) {
        String base = service.toLowerCase(Locale.ROOT).replace('-', '_');
        return new ServiceDatabase(base, base + "_owner", base + "_app", base);
    }

    /** Same roles, another database (tests use {@code <base>_test}). */
    public ServiceDatabase withDatabase(String otherDatabase) {
        return new ServiceDatabase(otherDatabase, ownerRole, appRole, password);
    }
}
