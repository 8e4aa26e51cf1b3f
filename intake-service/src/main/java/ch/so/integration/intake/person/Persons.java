package ch.so.integration.intake.person;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;

import ch.so.integration.platform.paging.Page;
import ch.so.integration.platform.paging.PageQuery;

/** The persons repository. Every lookup has an index (see the migration). */
@ApplicationScoped
public class Persons {

    private final EntityManager entityManager;

    Persons(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public void add(Person person) {
        entityManager.persist(person);
    }

    public Optional<Person> byId(UUID id) {
        return Optional.ofNullable(entityManager.find(Person.class, id));
    }

    public Optional<Person> byAhvNumber(AhvNumber ahvNumber) {
        return entityManager.createQuery("from Person p where p.ahvNumber = :ahv", Person.class)
                .setParameter("ahv", ahvNumber.digits())
                .getResultStream().findFirst();
    }

    /** Case-insensitive prefix search on official and first name, optionally narrowed to a date of birth. */
    public Page<Person> search(String officialName, String firstName, LocalDate dateOfBirth, PageQuery page) {
        StringBuilder where = new StringBuilder(" where 1 = 1");
        if (officialName != null && !officialName.isBlank()) {
            where.append(" and lower(p.officialName) like :officialName");
        }
        if (firstName != null && !firstName.isBlank()) {
            where.append(" and lower(p.firstName) like :firstName");
        }
        if (dateOfBirth != null) {
            where.append(" and p.dateOfBirth = :dateOfBirth");
        }
        TypedQuery<Long> count = entityManager.createQuery("select count(p) from Person p" + where, Long.class);
        TypedQuery<Person> select = entityManager.createQuery(
                "from Person p" + where + " order by p.officialName, p.firstName, p.dateOfBirth, p.id", Person.class);
        for (TypedQuery<?> query : List.of(count, select)) {
            if (officialName != null && !officialName.isBlank()) {
                query.setParameter("officialName", prefixPattern(officialName));
            }
            if (firstName != null && !firstName.isBlank()) {
                query.setParameter("firstName", prefixPattern(firstName));
            }
            if (dateOfBirth != null) {
                query.setParameter("dateOfBirth", dateOfBirth);
            }
        }
        List<Person> persons = select.setFirstResult(page.offset()).setMaxResults(page.size()).getResultList();
        return Page.of(persons, page, count.getSingleResult());
    }

    private static String prefixPattern(String text) {
        String escaped = text.strip().toLowerCase(java.util.Locale.ROOT)
                .replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
        return escaped + "%";
    }
}
