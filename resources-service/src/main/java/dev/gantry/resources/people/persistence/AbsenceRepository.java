package dev.gantry.resources.people.persistence;

import dev.gantry.resources.people.domain.Absence;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import org.hibernate.jpa.HibernateHints;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class AbsenceRepository implements PanacheRepositoryBase<Absence, UUID> {

    public Optional<Absence> findOfPerson(UUID personId, UUID absenceId) {
        return find("id = ?1 and personId = ?2", absenceId, personId).firstResultOptional();
    }

    /** The absences of these people that touch [from, to]. */
    public List<Absence> ofPeople(java.util.Collection<UUID> people, LocalDate from, LocalDate to) {
        return list("personId in ?1 and lastDay >= ?2 and firstDay <= ?3", people, from, to);
    }

    /**
     * The absences that touch [from, to] of every person the filter keeps, read-only: the people selected by the
     * filter in the same query rather than by a list of their ids.
     */
    public List<Absence> ofPeopleMatching(PersonRepository.Filter filter, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        var query = getEntityManager().createQuery("select a from Absence a where a.lastDay >= :periodFrom"
                + " and a.firstDay <= :periodTo and a.personId in (select id from Person where "
                + PersonRepository.where(filter, parameters) + ")", Absence.class);
        parameters.forEach(query::setParameter);
        return query.setParameter("periodFrom", from).setParameter("periodTo", to)
                .setHint(HibernateHints.HINT_READ_ONLY, true).getResultList();
    }

    /** The person's absences that touch [from, to], by first day. */
    public List<Absence> ofPerson(UUID personId, LocalDate from, LocalDate to) {
        return list("personId = ?1 and lastDay >= ?2 and firstDay <= ?3 order by firstDay, id", personId, from, to);
    }
}
