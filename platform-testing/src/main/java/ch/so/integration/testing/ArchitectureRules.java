package ch.so.integration.testing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import java.util.List;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

/**
 * The rules every service keeps (run them from a plain JUnit test in each service):
 * every endpoint names its roles; resources stay thin (no persistence); API records are not entities and entities
 * never leave through the API; services do not reach into each other's code.
 */
public final class ArchitectureRules {

    private static final List<String> SERVICE_PACKAGES = List.of("intake", "segmentation", "billing", "iiz", "daycenter");
    private static final List<String> HTTP_METHODS = List.of("jakarta.ws.rs.GET", "jakarta.ws.rs.POST",
            "jakarta.ws.rs.PUT", "jakarta.ws.rs.PATCH", "jakarta.ws.rs.DELETE", "jakarta.ws.rs.HEAD");

    private ArchitectureRules() {
    }

    public static JavaClasses importService(String basePackage) {
        return new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages(basePackage);
    }

    public static void check(String serviceName, String basePackage) {
        JavaClasses classes = importService(basePackage);
        for (ArchRule rule : rules(serviceName, basePackage)) {
            rule.check(classes);
        }
    }

    public static List<ArchRule> rules(String serviceName, String basePackage) {
        DescribedPredicate<JavaMethod> endpoints = DescribedPredicate.describe("REST endpoints",
                m -> HTTP_METHODS.stream().anyMatch(m::isAnnotatedWith));
        ArchRule everyEndpointNamesItsRoles = methods().that(endpoints).should(new ArchCondition<>("name their roles") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean annotated = hasAccessAnnotation(method.getOwner(), method);
                events.add(new SimpleConditionEvent(method, annotated, method.getFullName()
                        + (annotated ? " names its roles" : " has neither @RolesAllowed, @PermitAll nor @DenyAll")));
            }
        }).allowEmptyShould(true);

        DescribedPredicate<JavaClass> repositories = DescribedPredicate.describe("repositories",
                c -> !c.getSimpleName().endsWith("Service") && !c.isAnnotatedWith("jakarta.ws.rs.Path")
                        && c.getDirectDependenciesFromSelf().stream()
                        .anyMatch(d -> d.getTargetClass().getName().equals("jakarta.persistence.EntityManager")));
        ArchRule resourcesStayThin = noClasses().that().areAnnotatedWith("jakarta.ws.rs.Path")
                .should().dependOnClassesThat(repositories)
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.persistence.EntityManager")
                .orShould().dependOnClassesThat().haveFullyQualifiedName("jakarta.transaction.Transactional")
                .because("resources stay thin: services own transactions and persistence")
                .allowEmptyShould(true);

        ArchRule apiRecordsAreNotEntities = noClasses().that().resideInAPackage("..api..")
                .should().beAnnotatedWith("jakarta.persistence.Entity")
                .allowEmptyShould(true);

        ArchRule entitiesDoNotLeave = methods().that(endpoints).should(new ArchCondition<>("not return entities") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean entity = method.getRawReturnType().isAnnotatedWith("jakarta.persistence.Entity");
                events.add(new SimpleConditionEvent(method, !entity, method.getFullName() + " returns an entity"));
            }
        }).allowEmptyShould(true);

        String[] otherServices = SERVICE_PACKAGES.stream().filter(s -> !s.equals(serviceName))
                .map(s -> "ch.so.integration." + s + "..").toArray(String[]::new);
        ArchRule noSharedDomainCode = noClasses().that().resideInAPackage(basePackage + "..")
                .should().dependOnClassesThat().resideInAnyPackage(otherServices)
                .because("no domain code is shared between services; they talk through APIs and events")
                .allowEmptyShould(true);

        return List.of(everyEndpointNamesItsRoles, resourcesStayThin, apiRecordsAreNotEntities, entitiesDoNotLeave,
                noSharedDomainCode);
    }

    private static boolean hasAccessAnnotation(JavaClass owner, JavaMethod method) {
        for (String annotation : List.of("jakarta.annotation.security.RolesAllowed",
                "jakarta.annotation.security.PermitAll", "jakarta.annotation.security.DenyAll")) {
            if (method.isAnnotatedWith(annotation) || owner.isAnnotatedWith(annotation)) {
                return true;
            }
        }
        return false;
    }
}
