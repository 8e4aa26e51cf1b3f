package ch.so.integration.segmentation.person;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

/** The persons intake registered (primary key lookups). */
@ApplicationScoped
public class KnownPersons {

    private final EntityManager entityManager;

    KnownPersons(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    public boolean known(UUID personId) {
        return entityManager.find(KnownPerson.class, personId) != null;
    }

    public void add(KnownPerson person) {
        entityManager.persist(person);
    }
}
