package dev.gantry.resources.closure;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.closure.ClosureParticipants;
import dev.gantry.contracts.closure.ProjectClosureRequested;
import dev.gantry.contracts.closure.ProjectResourcesReleased;
import dev.gantry.platform.closure.ClosureParticipant;
import dev.gantry.platform.events.EventPublisher;
import dev.gantry.resources.allocation.AllocationEvents;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.persistence.AllocationRepository;
import dev.gantry.resources.hardware.HardwareRelease;
import dev.gantry.resources.people.LoadInputsChanged;
import dev.gantry.resources.people.PersonService;
import jakarta.enterprise.event.Event;
import jakarta.inject.Singleton;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/**
 * resources-service's part in a project's closure: release the project's staff allocations — each ends on the day
 * the closure was requested (UTC), and counts for no day after it — and answer with ProjectResourcesReleased and how
 * many it released. Runs in the transaction that records the request in the inbox, so a redelivered request
 * releases nothing twice. The project's asset reservations are released too ({@link HardwareRelease}), counted apart.
 */
@Singleton
public class ResourceRelease extends ClosureParticipant {

    private final AllocationRepository allocations;
    private final PersonService people;
    private final Event<LoadInputsChanged> loadChanged;
    private final AllocationEvents announcements;
    private final HardwareRelease hardware;

    ResourceRelease(EventPublisher events, Clock clock, AllocationRepository allocations, PersonService people,
                    Event<LoadInputsChanged> loadChanged, AllocationEvents announcements, HardwareRelease hardware) {
        super(ClosureParticipants.RESOURCES, events, clock);
        this.hardware = hardware;
        this.announcements = announcements;
        this.allocations = allocations;
        this.people = people;
        this.loadChanged = loadChanged;
    }

    @Override
    protected Optional<GantryEvent> answer(ProjectClosureRequested request, Instant now) {
        LocalDate day = LocalDate.ofInstant(request.requestedAt() == null ? now : request.requestedAt(), ZoneOffset.UTC);
        int staffReleased = 0;
        Set<UUID> released = new TreeSet<>();
        List<Allocation> ended = new ArrayList<>();
        for (Allocation allocation : allocations.unreleasedOfProject(request.projectId())) {
            if (allocation.release(day, now)) {
                staffReleased++;
                released.add(allocation.personId);
                ended.add(allocation);
            }
        }
        // The people in id order, as every change of two people locks them: no deadlock with a concurrent change.
        released.forEach(people::lock);
        allocations.flush();
        announcements.changed(ended);
        released.forEach(person -> loadChanged.fire(new LoadInputsChanged(person)));
        int hardwareReleased = hardware.release(request.projectId(), day);
        return Optional.of(new ProjectResourcesReleased(request.projectId(), request.closureId(),
                ClosureParticipants.COMPLETED, null, staffReleased, hardwareReleased, now));
    }
}
