package dev.gantry.resources.allocation.api;

import dev.gantry.platform.text.Texts;
import dev.gantry.resources.allocation.domain.Allocation;
import dev.gantry.resources.allocation.domain.AllocationDetails;
import dev.gantry.resources.people.api.PersonMapper;
import dev.gantry.resources.people.domain.Person;
import dev.gantry.resources.people.persistence.PersonRepository;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Maps allocations to responses, naming their people with one query per list. */
@ApplicationScoped
class AllocationMapper {

    private final PersonRepository people;

    AllocationMapper(PersonRepository people) {
        this.people = people;
    }

    static AllocationDetails toDetails(AllocationRequest r) {
        return new AllocationDetails(r.personId(), r.taskId(), r.firstDay(), r.lastDay(), r.percent(), r.hoursPerDay(),
                Texts.blankToNull(r.role()), Texts.blankToNull(r.note()));
    }

    static AllocationDetails toDetails(UpdateAllocationRequest p) {
        return new AllocationDetails(p.personId().orElse(null), p.taskId().orElse(null), p.firstDay().orElse(null),
                p.lastDay().orElse(null),
                p.percent().orElse(null), p.hoursPerDay().orElse(null), Texts.blankToNull(p.role().orElse(null)),
                Texts.blankToNull(p.note().orElse(null)));
    }

    AllocationResponse toResponse(Allocation a) {
        return toResponses(List.of(a)).get(0);
    }

    List<AllocationResponse> toResponses(List<Allocation> allocations) {
        List<UUID> ids = allocations.stream().map(a -> a.personId).distinct().toList();
        Map<UUID, Person> byId = new HashMap<>();
        if (!ids.isEmpty()) {
            people.list("id in ?1", ids).forEach(p -> byId.put(p.id, p));
        }
        return allocations.stream().map(a -> {
            Person p = byId.get(a.personId);
            return new AllocationResponse(a.id, a.projectId, a.personId, p == null ? null : p.name,
                    p == null ? null : p.jobFamily.name(), a.taskId, a.taskCritical, a.firstDay, a.lastDay, a.percent, a.hoursPerDay, a.role,
                    a.note, a.releasedOn, a.version, a.createdAt, a.updatedAt,
                    AllocationResponse.ImportedWork.of(a.workMinutes, a.workUnits, a.contour, a.delayMinutes));
        }).toList();
    }

}
