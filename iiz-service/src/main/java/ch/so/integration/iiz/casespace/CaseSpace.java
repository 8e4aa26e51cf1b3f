package ch.so.integration.iiz.casespace;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The documents and comments of the shared case space (IZ-06). Lists never load document bytes. */
@ApplicationScoped
public class CaseSpace {

    private final EntityManager entityManager;

    CaseSpace(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(CaseDocument document, byte[] content) {
        entityManager.persist(document);
        entityManager.persist(new CaseDocumentContent(document.id(), content));
    }

    public void add(CaseComment comment) {
        entityManager.persist(comment);
    }

    public Optional<CaseDocument> document(UUID caseId, UUID id) {
        return Optional.ofNullable(entityManager.find(CaseDocument.class, id)).filter(d -> d.caseId().equals(caseId));
    }

    public Optional<byte[]> content(UUID documentId) {
        return Optional.ofNullable(entityManager.find(CaseDocumentContent.class, documentId))
                .map(CaseDocumentContent::content);
    }

    public Page<CaseDocument> documents(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(d) from CaseDocument d where d.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        return Page.of(entityManager.createQuery(
                        "from CaseDocument d where d.caseId = :c order by d.addedAt desc, d.id", CaseDocument.class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList(), page, total);
    }

    public Page<CaseComment> comments(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery("select count(c) from CaseComment c where c.caseId = :c", Long.class)
                .setParameter("c", caseId).getSingleResult();
        return Page.of(entityManager.createQuery(
                        "from CaseComment c where c.caseId = :c order by c.addedAt desc, c.id", CaseComment.class)
                .setParameter("c", caseId).setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList(), page, total);
    }

    /** IZ-10: the documents' ids and hashes, then the rows and bytes deleted. */
    List<CaseDocument> allDocuments(UUID caseId) {
        return entityManager.createQuery("from CaseDocument d where d.caseId = :c", CaseDocument.class)
                .setParameter("c", caseId).getResultList();
    }

    List<CaseComment> allComments(UUID caseId) {
        return entityManager.createQuery("from CaseComment c where c.caseId = :c", CaseComment.class)
                .setParameter("c", caseId).getResultList();
    }

    void deleteAllOf(UUID caseId) {
        entityManager.createQuery("""
                        delete from CaseDocumentContent x
                         where x.documentId in (select d.id from CaseDocument d where d.caseId = :c)""")
                .setParameter("c", caseId).executeUpdate();
        entityManager.createQuery("delete from CaseDocument d where d.caseId = :c").setParameter("c", caseId)
                .executeUpdate();
        entityManager.createQuery("delete from CaseComment c where c.caseId = :c").setParameter("c", caseId)
                .executeUpdate();
    }
}
