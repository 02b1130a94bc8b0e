package dev.gantry.projects.meeting;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.security.ProjectMembership;
import dev.gantry.platform.security.ProjectMemberships;
import dev.gantry.projects.meeting.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Resolves the people named in meetings and action items: members by user id, outsiders by name and email. */
@ApplicationScoped
class People {

    private final ProjectMemberships memberships;

    People(ProjectMemberships memberships) {
        this.memberships = memberships;
    }

    /**
     * The person as stored: a member gets their current username as name (a name sent for a member is ignored);
     * an outsider keeps name and email. A user id that is not a member of the project adds an error at
     * {@code pointer}/userId and gives null.
     */
    Person resolve(UUID projectId, Person person, String pointer, List<FieldError> errors) {
        return resolve(projectId, person, pointer, errors, Map.of());
    }

    /**
     * As {@link #resolve(UUID, Person, String, List)}, but a user already named by the document being changed
     * ({@code known}: user id → stored name) stays valid after leaving the project, so that, say, the minutes of a
     * meeting can still be recorded when one of its attendees has left.
     */
    Person resolve(UUID projectId, Person person, String pointer, List<FieldError> errors, Map<String, String> known) {
        if (!person.isMember()) {
            return person;
        }
        Optional<ProjectMembership> member = memberships.find(projectId, person.userId());
        if (member.isEmpty() && known.containsKey(person.userId())) {
            return new Person(person.userId(), known.get(person.userId()), person.email());
        }
        if (member.isEmpty()) {
            errors.add(FieldError.body(pointer + "/userId", "user " + person.userId()
                    + " is not a member of this project; add them as a member, or give name and email instead"));
            return null;
        }
        String name = member.get().username == null ? person.userId() : member.get().username;
        return new Person(person.userId(), name, person.email());
    }
}
