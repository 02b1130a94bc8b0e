package dev.gantry.resources.people;

import dev.gantry.platform.errors.ConflictException;
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
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;

import java.time.Clock;
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
    private final CurrentUser user;
    private final Event<LoadInputsChanged> loadChanged;
    private final Clock clock;

    PersonService(PersonRepository people, CurrentUser user, Event<LoadInputsChanged> loadChanged, Clock clock) {
        this.people = people;
        this.user = user;
        this.loadChanged = loadChanged;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public PageResponse<Person> list(PersonRepository.Filter filter, PageRequest page) {
        return people.search(filter, page);
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Person get(UUID personId) {
        return people.findByIdOptional(personId).orElseThrow(() -> new NotFoundException("Person", personId));
    }

    /** The person linked to the signed-in user by their username. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Person mine() {
        String username = user.username();
        return people.findByUsername(username).orElseThrow(() -> new NotFoundException(
                "No person is linked to the user '" + username + "': a resource manager sets a person's username"));
    }

    public Person add(PersonDetails details) {
        Person person = Person.add(details, clock.instant());
        requireUnique(person.id, person.email, person.username);
        flushUnique(() -> people.persistAndFlush(person));
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
        }
        if (changed.contains("capacityHoursPerWeek")) {
            loadChanged.fire(new LoadInputsChanged(personId));
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
            throw new ConflictException(person.name + " has allocations on projects: remove them first",
                    List.of("A person with allocations is kept, so that their projects' history stays whole"));
        }
    }

    /** The person, locked until the transaction ends: changes of one person (and their absences) wait for each other. */
    public Person lock(UUID personId) {
        return people.findByIdOptional(personId, LockModeType.PESSIMISTIC_WRITE)
                .orElseThrow(() -> new NotFoundException("Person", personId));
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
