package dev.gantry.resources.allocation;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.resources.AllocationChanged;
import dev.gantry.contracts.resources.AllocationRemoved;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.people.persistence.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Announces allocations as they are made, changed, released and removed ({@link AllocationChanged},
 * {@link AllocationRemoved}), through the outbox, in the transaction of the change. Not when only a task's dates move
 * an allocation that follows it: consumers have the task's dates from the schedules topic.
 */
@ApplicationScoped
public class AllocationEvents {

    private final EventPublisher events;
    private final PersonRepository people;

    AllocationEvents(EventPublisher events, PersonRepository people) {
        this.events = events;
        this.people = people;
    }

    /** The allocations as they now are (flushed: their versions are the stored ones). */
    public void changed(Collection<Allocation> allocations) {
        if (allocations.isEmpty()) {
            return;
        }
        Map<java.util.UUID, PersonRepository.Identity> who = people.identities(allocations.stream()
                .map(a -> a.personId).toList());
        List<GantryEvent> announcements = allocations.stream().<GantryEvent>map(a -> {
            PersonRepository.Identity person = who.get(a.personId);
            return new AllocationChanged(a.projectId, a.id, a.version, a.personId,
                    person == null ? null : person.name(), person == null ? null : person.username(), a.taskId,
                    a.firstDay, a.lastDay, a.percent, a.hoursPerDay, a.role, a.releasedOn, a.updatedAt);
        }).toList();
        events.publishAll(announcements);
    }

    public void removed(Allocation allocation, Instant at) {
        events.publish(new AllocationRemoved(allocation.projectId, allocation.id, allocation.personId, at));
    }
}
