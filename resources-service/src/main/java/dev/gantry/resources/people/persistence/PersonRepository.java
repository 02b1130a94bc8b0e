package dev.gantry.resources.people.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.persistence.Like;
import dev.gantry.resources.people.domain.JobFamily;
import dev.gantry.resources.people.domain.Person;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class PersonRepository implements PanacheRepositoryBase<Person, UUID> {

    /** Filters of the people list; null means "any". A skill filter matches its name case-insensitively. */
    public record Filter(String team, JobFamily jobFamily, String skill, Integer minLevel, String text) {
    }

    public PageResponse<Person> search(Filter filter, PageRequest pageRequest) {
        Map<String, Object> parameters = new HashMap<>();
        PanacheQuery<Person> results = find(where(filter, parameters), pageRequest.sort().and("id"), parameters);
        return pageRequest.fetch(results);
    }

    /** Every person the filter keeps, by name (for the availability search, which ranks them itself). */
    public List<Person> matching(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        return list(where(filter, parameters) + " order by name, id", parameters);
    }

    /** The condition of the filter, its parameters put into {@code parameters}. */
    private static String where(Filter filter, Map<String, Object> parameters) {
        List<String> conditions = new ArrayList<>(List.of("1 = 1"));
        if (filter.team() != null) {
            conditions.add("lower(team) = :team");
            parameters.put("team", filter.team().strip().toLowerCase(Locale.ROOT));
        }
        if (filter.jobFamily() != null) {
            conditions.add("jobFamily = :family");
            parameters.put("family", filter.jobFamily());
        }
        if (filter.skill() != null) {
            conditions.add("id in (select p.id from Person p join p.skills s"
                    + " where lower(s.name) = :skill and s.level >= :level)");
            parameters.put("skill", filter.skill().strip().toLowerCase(Locale.ROOT));
            parameters.put("level", filter.minLevel() == null ? 1 : filter.minLevel());
        }
        if (filter.text() != null && !filter.text().isBlank()) {
            conditions.add("(lower(name) like :text escape '\\' or lower(coalesce(email, '')) like :text escape '\\'"
                    + " or lower(coalesce(username, '')) like :text escape '\\')");
            parameters.put("text", Like.containing(filter.text()));
        }
        return String.join(" and ", conditions);
    }

    public Optional<Person> findByUsername(String username) {
        return find("lower(username) = ?1", username.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    public Optional<Person> findByEmail(String email) {
        return find("lower(email) = ?1", email.toLowerCase(Locale.ROOT)).firstResultOptional();
    }

    /** Another person with this email or username (case-insensitively), if any. */
    public Optional<Person> findOtherByEmail(String email, UUID except) {
        return find("lower(email) = ?1 and id <> ?2", email.toLowerCase(Locale.ROOT), except).firstResultOptional();
    }

    public Optional<Person> findOtherByUsername(String username, UUID except) {
        return find("lower(username) = ?1 and id <> ?2", username.toLowerCase(Locale.ROOT), except)
                .firstResultOptional();
    }
}
