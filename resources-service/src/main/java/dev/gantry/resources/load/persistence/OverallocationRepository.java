package dev.gantry.resources.load.persistence;

import dev.gantry.resources.load.domain.Load;
import dev.gantry.resources.load.domain.OverallocationEpisode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OverallocationRepository implements PanacheRepositoryBase<OverallocationEpisode, UUID> {

    public List<OverallocationEpisode> ofPerson(UUID personId) {
        return list("personId = ?1 order by firstDay, id", personId);
    }

    /** An announced episode's days, read without making it a managed entity. */
    public record Announced(UUID id, UUID personId, LocalDate firstDay, LocalDate lastDay) {

        public Load.Span days() {
            return new Load.Span(firstDay, lastDay);
        }
    }

    /** The days of these people's announced episodes. */
    public List<Announced> daysOfPeople(Collection<UUID> people) {
        return getEntityManager().createQuery("select new " + Announced.class.getName()
                        + "(id, personId, firstDay, lastDay) from OverallocationEpisode where personId in :people",
                        Announced.class)
                .setParameter("people", people).getResultList();
    }

    /** These episodes, as entities. */
    public List<OverallocationEpisode> byIds(Collection<UUID> ids) {
        return ids.isEmpty() ? List.of() : list("id in ?1", ids);
    }
}
