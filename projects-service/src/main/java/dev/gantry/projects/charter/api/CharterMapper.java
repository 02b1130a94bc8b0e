package dev.gantry.projects.charter.api;

import dev.gantry.projects.charter.domain.Charter;
import dev.gantry.projects.charter.domain.CharterContent;
import dev.gantry.projects.charter.domain.Deliverable;
import dev.gantry.projects.charter.domain.Kpi;
import dev.gantry.projects.charter.domain.Objective;
import dev.gantry.projects.charter.domain.Sponsor;
import dev.gantry.projects.project.api.MoneyDto;

import java.util.List;
import java.util.function.Function;

/** Maps the charter between the API's records and the domain. */
final class CharterMapper {

    private CharterMapper() {
    }

    static CharterContent toContent(CharterRequest request) {
        return new CharterContent(blankToNull(request.scopeStatement()),
                map(request.objectives(), o -> new Objective(o.title().strip(), o.description(),
                        map(o.kpis(), k -> new Kpi(k.name().strip(), k.target(), k.unit(), k.dueDate(),
                                k.currentValue())))),
                map(request.deliverables(), d -> new Deliverable(d.name().strip(), d.description(), d.dueDate(),
                        d.acceptanceCriteria())),
                request.inScope(), request.outOfScope(), request.constraints(), request.assumptions(),
                request.contingency() == null ? null : request.contingency().amount(),
                request.contingency() == null ? null : request.contingency().currency(),
                request.sponsor() == null ? null : new Sponsor(request.sponsor().name().strip(),
                        request.sponsor().userId(), request.sponsor().email()),
                request.priority(), request.plannedEndDate());
    }

    static CharterResponse toResponse(Charter charter) {
        CharterContent content = charter.content();
        return new CharterResponse(charter.projectId, content.scopeStatement(),
                map(content.objectives(), o -> new ObjectiveDto(o.title(), o.description(),
                        map(o.kpis(), k -> new KpiDto(k.name(), k.target(), k.unit(), k.dueDate(), k.currentValue())))),
                map(content.deliverables(), d -> new DeliverableDto(d.name(), d.description(), d.dueDate(),
                        d.acceptanceCriteria())),
                content.inScope(), content.outOfScope(), content.constraints(), content.assumptions(),
                content.contingencyAmount() == null ? null
                        : new MoneyDto(content.contingencyAmount(), content.contingencyCurrency()),
                content.sponsor() == null ? null : new SponsorDto(content.sponsor().name(),
                        content.sponsor().userId(), content.sponsor().email()),
                content.priority() == null ? null : content.priority().name(), content.plannedEndDate(),
                charter.version, charter.updatedAt, charter.updatedBy);
    }

    private static <A, B> List<B> map(List<A> list, Function<A, B> mapping) {
        return list == null ? List.of() : list.stream().map(mapping).toList();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
