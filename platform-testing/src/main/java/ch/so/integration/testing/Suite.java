package ch.so.integration.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a test field that {@link SuiteTestResource} fills: {@link KafkaTestCluster}, {@link TestTokens} or
 * {@link TestDatabase}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Suite {
}
