package dev.gantry.resources.people.api;

import dev.gantry.platform.text.Texts;
import dev.gantry.resources.people.domain.Absence;
import dev.gantry.resources.people.domain.AbsenceDetails;

final class AbsenceMapper {

    private AbsenceMapper() {
    }

    static AbsenceDetails toDetails(AbsenceRequest r) {
        return new AbsenceDetails(r.kind(), r.status(), r.firstDay(), r.lastDay(), r.hoursPerDay(),
                Texts.blankToNull(r.note()));
    }

    static AbsenceDetails toDetails(UpdateAbsenceRequest p) {
        return new AbsenceDetails(p.kind().orElse(null), p.status().orElse(null), p.firstDay().orElse(null),
                p.lastDay().orElse(null), p.hoursPerDay().orElse(null), Texts.blankToNull(p.note().orElse(null)));
    }

    static AbsenceResponse toResponse(Absence a) {
        return new AbsenceResponse(a.id, a.personId, a.kind.name(), a.status.name(), a.firstDay, a.lastDay,
                a.hoursPerDay, a.note, a.version, a.createdAt, a.updatedAt);
    }
}
