package ch.so.integration.platform.events;

/** How event types, sources and topics are spelled. */
public final class EventNames {

    public static final String TYPE_PREFIX = "ch.so.integration.";

    private EventNames() {
    }

    public static String type(String service, EventType eventType) {
        return TYPE_PREFIX + service + "." + eventType.name() + ".v" + eventType.version();
    }

    public static String source(String service) {
        return "urn:ch.so.integration:" + service;
    }

    /** A topic per aggregate. */
    public static String topic(String service, String aggregate) {
        return service + "." + aggregate;
    }

    /** Where a service's consumers put events they cannot process. */
    public static String deadLetterTopic(String service) {
        return service + ".dead-letter";
    }

    public static EventType annotationOf(Class<?> eventClass) {
        EventType eventType = eventClass.getAnnotation(EventType.class);
        if (eventType == null) {
            throw new IllegalArgumentException(eventClass.getSimpleName() + " lacks @EventType");
        }
        return eventType;
    }
}
