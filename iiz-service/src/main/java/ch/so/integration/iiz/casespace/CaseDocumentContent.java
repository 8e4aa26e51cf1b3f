package ch.so.integration.iiz.casespace;

import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** The stored bytes of a {@link CaseDocument} (PostgreSQL bytea), loaded only to download them. */
@Entity
@Table(name = "iiz_case_document_content")
public class CaseDocumentContent {

    @Id
    @Column(name = "document_id")
    private UUID documentId;

    @Column(nullable = false)
    private byte[] content;

    protected CaseDocumentContent() {
    }

    public CaseDocumentContent(UUID documentId, byte[] content) {
        this.documentId = documentId;
        this.content = content.clone();
    }

    public byte[] content() {
        return content.clone();
    }
}
