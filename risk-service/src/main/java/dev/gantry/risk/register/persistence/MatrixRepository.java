package dev.gantry.risk.register.persistence;

import dev.gantry.risk.register.domain.RiskCategory;
import dev.gantry.risk.register.domain.RiskMatrix;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.util.List;
import java.util.Optional;

/** The organisation's scoring matrix (its versions) and its risk categories. */
@ApplicationScoped
public class MatrixRepository {

    private final EntityManager em;

    MatrixRepository(EntityManager em) {
        this.em = em;
    }

    public RiskMatrix current() {
        return em.createQuery("from RiskMatrix order by version desc", RiskMatrix.class).setMaxResults(1)
                .getSingleResult();
    }

    /**
     * The current version, read once no other change of the matrix is under way (a lock held until the transaction
     * ends): two changes made against the same version cannot both pass its If-Match.
     */
    public RiskMatrix currentLocked() {
        em.createNativeQuery("select pg_advisory_xact_lock(hashtextextended('risk_matrix', 13))").getSingleResult();
        return current();
    }

    public List<RiskMatrix> history() {
        return em.createQuery("from RiskMatrix order by version", RiskMatrix.class).getResultList();
    }

    public void add(RiskMatrix matrix) {
        em.persist(matrix);
    }

    public List<RiskCategory> categories() {
        return em.createQuery("from RiskCategory order by standard desc, name", RiskCategory.class).getResultList();
    }

    public Optional<RiskCategory> category(String code) {
        return Optional.ofNullable(em.find(RiskCategory.class, code));
    }

    /** Adds the category unless one with its code exists (also one added concurrently); false when it did. */
    public boolean addIfAbsent(RiskCategory category) {
        return em.createNativeQuery("insert into risk_category (code, name, standard, created_at)"
                        + " values (?1, ?2, ?3, ?4) on conflict do nothing")
                .setParameter(1, category.code).setParameter(2, category.name).setParameter(3, category.standard)
                .setParameter(4, category.createdAt).executeUpdate() == 1;
    }
}
