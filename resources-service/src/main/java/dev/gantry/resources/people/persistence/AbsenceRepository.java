package dev.gantry.resources.people.persistence;

import dev.gantry.resources.people.domain.Absence;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.List;
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

    /** The person's absences that touch [from, to], by first day. */
    public List<Absence> ofPerson(UUID personId, LocalDate from, LocalDate to) {
        return list("personId = ?1 and lastDay >= ?2 and firstDay <= ?3 order by firstDay, id", personId, from, to);
    }
}
