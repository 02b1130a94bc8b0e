package dev.gantry.resources.people;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.http.ETags;
import dev.gantry.resources.people.domain.Absence;
import dev.gantry.resources.people.domain.AbsenceDetails;
import dev.gantry.resources.people.persistence.AbsenceRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * A person's absences. Every change locks the person first, so that two concurrent requests cannot both add
 * overlapping absences; an overlap is refused with 409 naming the absence it overlaps.
 */
@ApplicationScoped
@Transactional
public class AbsenceService {


    private final AbsenceRepository absences;
    private final PersonService people;
    private final Event<LoadInputsChanged> loadChanged;
    private final Clock clock;

    AbsenceService(AbsenceRepository absences, PersonService people, Event<LoadInputsChanged> loadChanged,
                   Clock clock) {
        this.absences = absences;
        this.people = people;
        this.loadChanged = loadChanged;
        this.clock = clock;
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public List<Absence> list(UUID personId, LocalDate from, LocalDate to) {
        people.get(personId);
        return absences.ofPerson(personId, Periods.fromOrFirst(from), Periods.toOrLast(to));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Absence get(UUID personId, UUID absenceId) {
        people.get(personId);
        return find(personId, absenceId);
    }

    public Absence add(UUID personId, AbsenceDetails details) {
        people.lock(personId);
        Absence absence = Absence.add(personId, details, clock.instant());
        requireNoOverlap(absence);
        absences.persistAndFlush(absence);
        loadChanged.fire(new LoadInputsChanged(personId));
        return absence;
    }

    public Absence update(UUID personId, UUID absenceId, String ifMatch, AbsenceDetails details, Set<String> fields) {
        people.lock(personId);
        Absence absence = find(personId, absenceId);
        ETags.requireMatch(ifMatch, absence.version);
        if (!absence.change(details, fields, clock.instant()).isEmpty()) {
            requireNoOverlap(absence);
            absences.flush();
            loadChanged.fire(new LoadInputsChanged(personId));
        }
        return absence;
    }

    public void remove(UUID personId, UUID absenceId, String ifMatch) {
        people.lock(personId);
        Absence absence = find(personId, absenceId);
        ETags.requireMatch(ifMatch, absence.version);
        absences.delete(absence);
        absences.flush();
        loadChanged.fire(new LoadInputsChanged(personId));
    }

    private Absence find(UUID personId, UUID absenceId) {
        return absences.findOfPerson(personId, absenceId).orElseThrow(() -> new NotFoundException("Absence", absenceId));
    }

    private void requireNoOverlap(Absence absence) {
        for (Absence other : absences.ofPerson(absence.personId, absence.firstDay, absence.lastDay)) {
            if (!other.id.equals(absence.id)) {
                throw new ConflictException("The absence overlaps " + other.kind + " absence " + other.id + " ("
                        + other.firstDay + " to " + other.lastDay + ")",
                        List.of("A person's absences do not overlap: change or remove " + other.id + " first"));
            }
        }
    }
}
