package dev.gantry.projects.meeting;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.security.ProjectMembership;
import dev.gantry.platform.security.ProjectMemberships;
import dev.gantry.projects.meeting.domain.Person;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Resolves the people named in meetings and action items: members by user id, outsiders by name and email. */
@ApplicationScoped
class People {

    private final ProjectMemberships memberships;

    People(ProjectMemberships memberships) {
        this.memberships = memberships;
    }

    /**
     * The project's members, read once for a whole document. A user already named by the document being changed
     * ({@code known}: user id → stored name) stays valid after leaving the project, so that, say, the minutes of a
     * meeting can still be recorded when one of its attendees has left.
     */
    Roster roster(UUID projectId, Map<String, String> known) {
        Map<String, String> members = new HashMap<>();
        for (ProjectMembership m : memberships.ofProject(projectId)) {
            members.put(m.userId, m.username == null ? m.userId : m.username);
        }
        return new Roster(members, known);
    }

    /** The members of a project (user id → username) and the people a document already names. */
    record Roster(Map<String, String> members, Map<String, String> known) {

        /**
         * The person as stored: a member gets their current username as name (a name sent for a member is ignored);
         * an outsider keeps name and email. A user id that is not a member of the project adds an error at
         * {@code pointer}/userId and gives null.
         */
        Person resolve(Person person, String pointer, List<FieldError> errors) {
            if (!person.isMember()) {
                return person;
            }
            String username = members.get(person.userId());
            if (username != null) {
                return new Person(person.userId(), username, person.email());
            }
            if (known.containsKey(person.userId())) {
                return new Person(person.userId(), known.get(person.userId()), person.email());
            }
            errors.add(FieldError.body(pointer + "/userId", "user " + person.userId()
                    + " is not a member of this project; add them as a member, or give name and email instead"));
            return null;
        }
    }
}
