package ch.so.integration.iiz.casespace.api;

/** A document's bytes with what a download needs. */
public record DocumentContent(String name, String mediaType, String sha256, byte[] bytes) {
}
