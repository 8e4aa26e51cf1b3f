package ch.so.integration.iiz.iizcase;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/**
 * The iiz cases repository, with their notifications and deletion log. Every lookup has an index (see the
 * migration). Lists load a page of ids first, then the cases with team and document checklist in two queries.
 */
@ApplicationScoped
public class IizCases {

    private static final String ORDER = " order by c.registeredOn desc, c.createdAt desc, c.id";

    /** Partner: team member, case open, a valid Vollmacht names the institution (IZ-01). */
    private static final String OF_INSTITUTION = """
             from IizCase c where c.status <> :closed
              and exists (select t.id from IizCase t join t.team m where t.id = c.id and m.institution = :who)
              and exists (select p.id from PowerOfAttorney p join p.institutions i
                           where p.caseId = c.id and i = :who and p.endReason is null
                             and p.signedOn <= :today and p.validUntil >= :today)""";

    /** Case manager: granted access (IZ-06), case open, a valid Vollmacht names the social office (IZ-01). */
    private static final String OF_CASE_MANAGER = """
             from IizCase c where c.status <> :closed
              and c.caseManager = :who and c.caseManagerAccess = :granted
              and exists (select p.id from PowerOfAttorney p join p.institutions i
                           where p.caseId = c.id and i = c.socialOffice and p.endReason is null
                             and p.signedOn <= :today and p.validUntil >= :today)""";

    private final EntityManager entityManager;

    IizCases(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(IizCase iizCase) {
        entityManager.persist(iizCase);
    }

    public void add(CaseNotification notification) {
        entityManager.persist(notification);
    }

    public void add(DeletionLogEntry entry) {
        entityManager.persist(entry);
    }

    /** The case with its team and checklist. */
    public Optional<IizCase> byId(UUID id) {
        return byId(id, LockModeType.NONE);
    }

    /**
     * The case with its team and checklist, its row locked as asked: {@code PESSIMISTIC_READ} (FOR SHARE) for a
     * change inside the case, {@code PESSIMISTIC_WRITE} (FOR UPDATE) for the closure, so that nothing is added to a
     * case while it is being closed and its content erased (IZ-10).
     */
    public Optional<IizCase> byId(UUID id, LockModeType lock) {
        List<IizCase> found = entityManager.createQuery("select c from IizCase c where c.id = :id", IizCase.class)
                .setParameter("id", id).setLockMode(lock).getResultList();
        if (found.isEmpty()) {
            return Optional.empty();
        }
        entityManager.createQuery("select c from IizCase c left join fetch c.team where c.id = :id", IizCase.class)
                .setParameter("id", id).getResultList();
        entityManager.createQuery(
                        "select c from IizCase c left join fetch c.requiredDocuments where c.id = :id", IizCase.class)
                .setParameter("id", id).getResultList();
        return Optional.of(found.getFirst());
    }

    /** Every case (coordinator, specialists, admin), optionally of one status. */
    public Page<IizCase> all(CaseStatus status, PageQuery page) {
        String where = status == null ? " from IizCase c" : " from IizCase c where c.status = :status";
        var count = entityManager.createQuery("select count(c) " + where, Long.class);
        var ids = entityManager.createQuery("select c.id " + where + ORDER, UUID.class);
        if (status != null) {
            count.setParameter("status", status);
            ids.setParameter("status", status);
        }
        return page(count.getSingleResult(), ids.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList(), page);
    }

    /** IZ-01, IZ-03: the open cases whose team the institution belongs to while a Vollmacht covers it. */
    public Page<IizCase> ofInstitution(String institution, CaseStatus status, LocalDate day, PageQuery page) {
        return scoped(OF_INSTITUTION, institution, status, day, page);
    }

    /** IZ-06: the open cases the account manages with granted access, while a Vollmacht covers the social office. */
    public Page<IizCase> ofCaseManager(String account, CaseStatus status, LocalDate day, PageQuery page) {
        return scoped(OF_CASE_MANAGER, account, status, day, page);
    }

    private Page<IizCase> scoped(String scope, String who, CaseStatus status, LocalDate day, PageQuery page) {
        String where = status == null ? scope : scope + " and c.status = :status";
        var count = entityManager.createQuery("select count(c) " + where, Long.class)
                .setParameter("who", who).setParameter("today", day).setParameter("closed", CaseStatus.CLOSED);
        var ids = entityManager.createQuery("select c.id " + where + ORDER, UUID.class)
                .setParameter("who", who).setParameter("today", day).setParameter("closed", CaseStatus.CLOSED);
        if (scope.contains(":granted")) {
            count.setParameter("granted", CaseManagerAccess.GRANTED);
            ids.setParameter("granted", CaseManagerAccess.GRANTED);
        }
        if (status != null) {
            count.setParameter("status", status);
            ids.setParameter("status", status);
        }
        return page(count.getSingleResult(), ids.setFirstResult(page.offset()).setMaxResults(page.size())
                .getResultList(), page);
    }

    private Page<IizCase> page(long total, List<UUID> ids, PageQuery page) {
        if (ids.isEmpty()) {
            return Page.of(List.of(), page, total);
        }
        var byId = entityManager.createQuery(
                        "select distinct c from IizCase c left join fetch c.team where c.id in :ids", IizCase.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(IizCase::id, Function.identity()));
        entityManager.createQuery(
                        "select distinct c from IizCase c left join fetch c.requiredDocuments where c.id in :ids",
                        IizCase.class)
                .setParameter("ids", ids).getResultList();
        return Page.of(ids.stream().map(byId::get).toList(), page, total);
    }

    /** A case's notifications, newest first (index iiz_case_notification_case). */
    public Page<CaseNotification> notifications(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery(
                        "select count(n) from CaseNotification n where n.caseId = :case", Long.class)
                .setParameter("case", caseId).getSingleResult();
        List<CaseNotification> found = entityManager.createQuery(
                        "from CaseNotification n where n.caseId = :case order by n.sentAt desc, n.id",
                        CaseNotification.class)
                .setParameter("case", caseId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(found, page, total);
    }

    public Page<DeletionLogEntry> deletionLog(UUID caseId, PageQuery page) {
        long total = entityManager.createQuery(
                        "select count(e) from DeletionLogEntry e where e.caseId = :case", Long.class)
                .setParameter("case", caseId).getSingleResult();
        List<DeletionLogEntry> entries = entityManager.createQuery(
                        "from DeletionLogEntry e where e.caseId = :case order by e.deletedAt, e.kind, e.itemId",
                        DeletionLogEntry.class)
                .setParameter("case", caseId)
                .setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(entries, page, total);
    }
}
