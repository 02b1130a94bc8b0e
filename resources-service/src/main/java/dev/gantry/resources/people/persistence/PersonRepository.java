package dev.gantry.resources.people.persistence;

import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.persistence.Like;
import dev.gantry.resources.people.domain.Holiday;
import dev.gantry.resources.people.domain.JobFamily;
import dev.gantry.resources.people.domain.Person;
import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    /** What the availability search needs of a person the filter keeps, read without making it a managed entity. */
    public record Candidate(UUID id, String name, BigDecimal capacityHoursPerWeek, Set<DayOfWeek> workingDays) {
    }

    /**
     * The holidays that touch [from, to] of every person the filter keeps, by person: the people selected by the filter
     * in the same query rather than by a list of their ids.
     */
    public Map<UUID, List<Holiday>> holidaysOfPeopleMatching(Filter filter, LocalDate from, LocalDate to) {
        Map<String, Object> parameters = new HashMap<>();
        var query = getEntityManager().createQuery("select holder.id, h from Person holder join holder.holidays h"
                + " where h.lastDay >= :periodFrom and h.firstDay <= :periodTo and holder.id in (select id from Person"
                + " where " + where(filter, parameters) + ")", Object[].class);
        parameters.forEach(query::setParameter);
        Map<UUID, List<Holiday>> holidays = new HashMap<>();
        for (Object[] row : query.setParameter("periodFrom", from).setParameter("periodTo", to).getResultList()) {
            holidays.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Holiday) row[1]);
        }
        return holidays;
    }

    /** Every person the filter keeps, by name, as {@link Candidate}s (for the availability search). */
    public List<Candidate> candidates(Filter filter) {
        Map<String, Object> parameters = new HashMap<>();
        var query = getEntityManager().createQuery("select new " + Candidate.class.getName()
                + "(id, name, capacityHoursPerWeek, workingDays) from Person where " + where(filter, parameters)
                + " order by name, id", Candidate.class);
        parameters.forEach(query::setParameter);
        return query.getResultList();
    }

    /**
     * The level of the skill of every person who has it, by person: the skill matched as the filter matches it
     * (lower-cased names) and, as {@link Person#levelOf}, whose name equals the one asked for ignoring case.
     */
    public Map<UUID, Integer> levels(String skill) {
        String wanted = skill.strip();
        Map<UUID, Integer> levels = new HashMap<>();
        for (Object[] row : getEntityManager().createQuery("select p.id, s.name, s.level from Person p join p.skills s"
                        + " where lower(s.name) = :skill", Object[].class)
                .setParameter("skill", wanted.toLowerCase(Locale.ROOT)).getResultList()) {
            if (((String) row[1]).equalsIgnoreCase(wanted)) {
                levels.putIfAbsent((UUID) row[0], (Integer) row[2]);
            }
        }
        return levels;
    }

    /**
     * The condition of the filter on {@code Person} (unqualified attribute names, for a query or subquery whose only
     * root is a Person), its parameters put into {@code parameters}.
     */
    public static String where(Filter filter, Map<String, Object> parameters) {
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

    /**
     * Locks these people's rows as {@code PersonService.lock} locks each, in the order of {@link UUID#compareTo} (which
     * every change that locks several people follows: no deadlock with them), in one query (PostgreSQL orders uuids as
     * unsigned bytes, Java as two signed longs: the sign bits are flipped for the sort). Nothing is loaded: a change
     * of hundreds of people reads what it needs of them as values ({@link #candidates(Collection)}), not as entities
     * with their skills, rates and holidays that every later flush would check.
     */
    public void lockAll(Collection<UUID> ids) {
        getEntityManager().createNativeQuery("select id from person where id in (:ids) order by set_byte(set_byte("
                        + "uuid_send(id), 0, get_byte(uuid_send(id), 0) # 128), 8, get_byte(uuid_send(id), 8) # 128)"
                        + " for update")
                .setParameter("ids", ids).getResultList();
    }

    /** What the load needs of these people, by id, read without making them managed entities. */
    public Map<UUID, Candidate> candidates(Collection<UUID> ids) {
        Map<UUID, Candidate> candidates = new HashMap<>();
        for (Candidate c : getEntityManager().createQuery("select new " + Candidate.class.getName()
                        + "(id, name, capacityHoursPerWeek, workingDays) from Person where id in :ids", Candidate.class)
                .setParameter("ids", ids).getResultList()) {
            candidates.put(c.id(), c);
        }
        return candidates;
    }

    /** A person's name and the username that links them to a user of Gantry (null without an account). */
    public record Identity(UUID id, String name, String username) {
    }

    /** The names and usernames of these people, by id, read as values; chunked for very long lists. */
    public Map<UUID, Identity> identities(Collection<UUID> ids) {
        Map<UUID, Identity> identities = new HashMap<>();
        List<UUID> all = List.copyOf(new java.util.LinkedHashSet<>(ids));
        for (int i = 0; i < all.size(); i += 1000) {
            for (Identity identity : getEntityManager().createQuery("select new " + Identity.class.getName()
                            + "(id, name, username) from Person where id in :ids", Identity.class)
                    .setParameter("ids", all.subList(i, Math.min(all.size(), i + 1000))).getResultList()) {
                identities.put(identity.id(), identity);
            }
        }
        return identities;
    }

    /** The holidays of these people, by person. */
    public Map<UUID, List<Holiday>> holidaysOf(Collection<UUID> ids) {
        Map<UUID, List<Holiday>> holidays = new HashMap<>();
        for (Object[] row : getEntityManager().createQuery("select holder.id, h from Person holder"
                        + " join holder.holidays h where holder.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList()) {
            holidays.computeIfAbsent((UUID) row[0], k -> new ArrayList<>()).add((Holiday) row[1]);
        }
        return holidays;
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
