package ch.so.integration.segmentation.integrationcase.api;

/** A stored document as filed: its bytes, SHA-256 and the filing plan's document type. */
public record StoredDocument(byte[] content, String sha256, String documentType) {
}
