package dev.gantry.resources.load.persistence;

import dev.gantry.resources.load.domain.OverallocationEpisode;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.UUID;

@ApplicationScoped
public class OverallocationRepository implements PanacheRepositoryBase<OverallocationEpisode, UUID> {

    public List<OverallocationEpisode> ofPerson(UUID personId) {
        return list("personId = ?1 order by firstDay, id", personId);
    }

    /** The announced episodes of these people, by first day (then id). */
    public List<OverallocationEpisode> ofPeople(java.util.Collection<UUID> people) {
        return list("personId in ?1 order by firstDay, id", people);
    }
}
