package ch.so.integration.platform.events;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names a domain event: the aggregate it belongs to (its topic is {@code <service>.<aggregate>}), its name and
 * the version of its data shape. The CloudEvents type becomes {@code ch.so.integration.<service>.<name>.v<version>}.
 * A change that breaks consumers is a new version, published beside the old one until consumers have moved.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface EventType {

    String aggregate();

    String name();

    int version();
}
