package ch.so.integration.segmentation.controlling;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

import ch.so.integration.platform.auth.Roles;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;

/**
 * SG-12 "the controlling role sees nothing else": every REST endpoint the segmentation service serves (its own and
 * the platform's, e.g. the audit API) is enumerated with its effective access annotation; only the controlling
 * package may admit the controlling role, and no endpoint may be open to every role.
 */
class ControllingAccessTest {

    private static final Set<String> HTTP_METHODS = Set.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.HEAD");
    private static final String CONTROLLING_PACKAGE = ControllingResource.class.getPackageName();

    record Endpoint(JavaMethod method, List<String> roles, boolean permitAll) {

        boolean inControlling() {
            return method.getOwner().getPackageName().equals(CONTROLLING_PACKAGE);
        }

        @Override
        public String toString() {
            return method.getFullName() + " " + (permitAll ? "@PermitAll" : roles);
        }
    }

    static List<Endpoint> endpoints() {
        JavaClasses classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("ch.so.integration.segmentation", "ch.so.integration.platform");
        List<Endpoint> endpoints = new ArrayList<>();
        for (JavaClass owner : classes) {
            for (JavaMethod method : owner.getMethods()) {
                if (method.getAnnotations().stream().noneMatch(a -> HTTP_METHODS.contains(a.getRawType().getName()))) {
                    continue;
                }
                endpoints.add(effective(owner, method));
            }
        }
        return endpoints;
    }

    /** The method's own annotation wins over its class's (Jakarta security semantics). */
    private static Endpoint effective(JavaClass owner, JavaMethod method) {
        if (method.isAnnotatedWith(RolesAllowed.class)) {
            return new Endpoint(method, roles(method.getAnnotationOfType(RolesAllowed.class)), false);
        }
        if (method.isAnnotatedWith(PermitAll.class)) {
            return new Endpoint(method, List.of(), true);
        }
        if (method.isAnnotatedWith(DenyAll.class)) {
            return new Endpoint(method, List.of(), false);
        }
        if (owner.isAnnotatedWith(RolesAllowed.class)) {
            return new Endpoint(method, roles(owner.getAnnotationOfType(RolesAllowed.class)), false);
        }
        return new Endpoint(method, List.of(), owner.isAnnotatedWith(PermitAll.class));
    }

    private static List<String> roles(RolesAllowed allowed) {
        return Arrays.asList(allowed.value());
    }

    @Test
    @DisplayName("SG-12 no segmentation endpoint outside the controlling admits the controlling role or every role")
    void sg12ControllingSeesNothingElse() {
        List<Endpoint> endpoints = endpoints();
        List<Endpoint> outside = endpoints.stream().filter(e -> !e.inControlling()).toList();
        // the enumeration itself works: the effort endpoints and the platform's audit API are found
        assertThat(outside).extracting(e -> e.method().getOwner().getSimpleName())
                .contains("EffortResource", "AuditResource");
        assertThat(outside).filteredOn(e -> e.permitAll() || e.roles().contains(Roles.CONTROLLING))
                .as("endpoints outside the controlling open to the controlling role").isEmpty();
    }

    @Test
    @DisplayName("SG-12 every controlling endpoint admits the controlling role and otherwise only admin")
    void sg12ControllingEndpoints() {
        List<Endpoint> controlling = endpoints().stream().filter(Endpoint::inControlling).toList();
        assertThat(controlling).extracting(e -> e.method().getName())
                .containsExactlyInAnyOrder("figures", "workbook", "csv");
        for (Endpoint endpoint : controlling) {
            assertThat(endpoint.permitAll()).isFalse();
            assertThat(endpoint.roles()).as(endpoint.toString())
                    .containsExactlyInAnyOrder(Roles.CONTROLLING, Roles.ADMIN);
        }
    }
}
