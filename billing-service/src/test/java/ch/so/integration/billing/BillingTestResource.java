package ch.so.integration.billing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import ch.so.integration.testing.SuiteTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;

/** Real PostgreSQL, Kafka and issuer for billing-service's tests. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@WithTestResource(value = SuiteTestResource.class, initArgs = @ResourceArg(name = "service", value = "billing"),
        scope = TestResourceScope.MATCHING_RESOURCES)
public @interface BillingTestResource {
}
