package dev.gantry.resources.people;

import dev.gantry.contracts.resources.PersonChanged;
import dev.gantry.contracts.resources.PersonRemoved;
import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.http.ETags;
import dev.gantry.platform.paging.PageRequest;
import dev.gantry.platform.paging.PageResponse;
import dev.gantry.platform.security.CurrentUser;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.domain.PersonDetails;
import dev.gantry.resources.people.persistence.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.http.CsvTables;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.resources.people.domain.PersonRow;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Optional;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The people resources-service plans with. Who may call what is decided at the edge by realm role (resource
 * managers and admins keep the register; the PMO and project managers read it); this class keeps the rules: an email
 * address or a username belongs to one person only.
 */
@ApplicationScoped
@Transactional
public class PersonService {

    private final PersonRepository people;
    private final EntityManager em;
    private final CurrentUser user;
    private final Event<LoadInputsChanged> loadChanged;
    private final Event<RatesChanged> ratesChanged;
    private final EventPublisher events;
    private final Clock clock;

    PersonService(PersonRepository people, EntityManager em, CurrentUser user, Event<LoadInputsChanged> loadChanged,
                  Event<RatesChanged> ratesChanged, EventPublisher events, Clock clock) {
        this.people = people;
        this.em = em;
        this.user = user;
        this.loadChanged = loadChanged;
        this.ratesChanged = ratesChanged;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Person> list(PersonRepository.Filter filter, PageRequest page) {
        return people.search(filter, page);
    }

    /** Everyone, by name. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Person> all() {
        return people.list("order by name, id");
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person get(UUID personId) {
        return people.findByIdOptional(personId).orElseThrow(() -> new NotFoundException("Person", personId));
    }

    /** The person linked to the signed-in user by their username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Person mine() {
        return findMine().orElseThrow(() -> new NotFoundException("No person is linked to the user '"
                + user.username() + "': a resource manager sets a person's username"));
    }

    /**
     * The person linked to the signed-in user, if any. Unlike {@link #mine()} it throws nothing, so a caller inside a
     * transaction can ask without the transaction being marked for rollback.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<Person> findMine() {
        String username = user.username();
        return username == null ? Optional.empty() : people.findByUsername(username);
    }

    public Person add(PersonDetails details) {
        Person person = Person.add(details, clock.instant());
        requireUnique(person.id, person.email, person.username);
        flushUnique(() -> people.persistAndFlush(person));
        events.publish(announcement(person));
        return person;
    }

    /** Sets the named fields; needs If-Match with the person's ETag. */
    public Person update(UUID personId, String ifMatch, PersonDetails details, Set<String> fields) {
        Person person = lock(personId);
        ETags.requireMatch(ifMatch, person.version);
        // Checked before the change: a query after it would flush it first, into the unique indexes.
        requireUnique(person.id, fields.contains("email") ? details.email() : null,
                fields.contains("username") ? details.username() : null);
        List<String> changed = person.change(details, fields, clock.instant());
        if (!changed.isEmpty()) {
            flushUnique(people::flush);
            events.publish(announcement(person));
        }
        if (changed.contains("capacityHoursPerWeek") || changed.contains("workingDays")
                || changed.contains("holidays")) {
            loadChanged.fire(new LoadInputsChanged(personId));
        }
        if (changed.contains("rates")) {
            ratesChanged.fire(new RatesChanged(personId));
        }
        return person;
    }

    public void remove(UUID personId, String ifMatch) {
        Person person = lock(personId);
        ETags.requireMatch(ifMatch, person.version);
        people.delete(person);
        try {
            people.flush();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            boolean time = e.getConstraintName() != null && e.getConstraintName().startsWith("time_entry");
            throw new ConflictException(person.name + (time ? " has recorded time on projects"
                    : " has allocations on projects: remove them first"),
                    List.of("A person with allocations or time entries is kept, so that their projects' history"
                            + " and costs stay whole"));
        }
        events.publish(new PersonRemoved(personId, clock.instant()));
    }

    /** The person, locked until the transaction ends: changes of one person (and their absences) wait for each other. */
    public Person lock(UUID personId) {
        return people.findByIdOptional(personId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Person", personId));
    }

    /** How many people an import added and changed. */
    public record ImportResult(int created, int updated, int unchanged) {
    }

    /**
     * Adds or changes every person of the rows (checked by the caller, two rows never naming one person), all or none:
     * a row is the person with its username, or else with its email address (case-insensitively), or a new one. Every
     * conflict with the people already there is reported with its row — an email address that is someone else's, a
     * username that differs from the one of the person the email names — and then nothing is written.
     */
    public ImportResult importAll(List<PersonRow> rows) {
        em.setFlushMode(FlushModeType.COMMIT);
        List<FieldError> errors = new ArrayList<>();
        Instant now = clock.instant();
        int created = 0;
        int updated = 0;
        int unchanged = 0;
        List<UUID> capacityChanged = new ArrayList<>();
        List<UUID> rateChanged = new ArrayList<>();
        List<Person> announced = new ArrayList<>();
        for (PersonRow row : rows) {
            PersonDetails d = row.details();
            Optional<Person> byUsername = d.username() == null ? Optional.empty() : people.findByUsername(d.username());
            Optional<Person> byEmail = d.email() == null ? Optional.empty() : people.findByEmail(d.email());
            Person person = byUsername.or(() -> byEmail).orElse(null);
            UUID self = person == null ? null : person.id;
            byEmail.filter(other -> !other.id.equals(self)).ifPresent(other -> errors.add(csvError(row.line(), "email",
                    "is already " + other.name + "'s (" + other.id + ")")));
            if (d.username() != null && byUsername.isEmpty() && person != null && person.username != null) {
                errors.add(csvError(row.line(), "username", "the person with this email, " + person.name
                        + ", has the username " + person.username));
            }
            if (!errors.isEmpty()) {
                continue;
            }
            if (person == null) {
                Person added = Person.add(d, now);
                people.persist(added);
                announced.add(added);
                created++;
            } else {
                List<String> changed = person.change(d, Set.copyOf(Person.CSV_FIELDS), now);
                if (changed.isEmpty()) {
                    unchanged++;
                } else {
                    updated++;
                    announced.add(person);
                }
                if (changed.contains("capacityHoursPerWeek")) {
                    capacityChanged.add(person.id);
                }
                if (changed.contains("rates")) {
                    rateChanged.add(person.id);
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        flushUnique(people::flush);
        events.publishAll(announced.stream().map(PersonService::announcement).toList());
        capacityChanged.stream().sorted().forEach(this::lock);
        capacityChanged.forEach(id -> loadChanged.fire(new LoadInputsChanged(id)));
        rateChanged.forEach(id -> ratesChanged.fire(new RatesChanged(id)));
        return new ImportResult(created, updated, unchanged);
    }

    /** What other services plan with, as the person now is (flushed: the version is the stored one). */
    static PersonChanged announcement(Person person) {
        return new PersonChanged(person.id, person.version, person.name, person.username, person.team,
                person.jobFamily.name(), person.capacityHoursPerWeek,
                person.workingDays.stream().sorted().map(Enum::name).toList(), person.updatedAt);
    }

    private static FieldError csvError(int line, String column, String message) {
        return CsvTables.rowError(line, column, message);
    }

    /** A concurrent request that took the same email or username first is a conflict, as the check above says. */
    private static void flushUnique(Runnable flush) {
        try {
            flush.run();
        } catch (org.hibernate.exception.ConstraintViolationException e) {
            throw new ConflictException("Another request has just taken this email address or username",
                    List.of("An email address belongs to one person, and a user is linked to one person"));
        }
    }

    private void requireUnique(UUID personId, String email, String username) {
        if (email != null) {
            people.findOtherByEmail(email, personId).ifPresent(other -> {
                throw new ConflictException("The email address " + email + " is already " + other.name + "'s ("
                        + other.id + ")", List.of("An email address belongs to one person"));
            });
        }
        if (username != null) {
            people.findOtherByUsername(username, personId).ifPresent(other -> {
                throw new ConflictException("The username " + username + " is already linked to " + other.name
                        + " (" + other.id + ")", List.of("A user is linked to one person"));
            });
        }
    }
}
