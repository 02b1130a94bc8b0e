package dev.gantry.projects.stakeholder.api;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.projects.stakeholder.domain.CommunicationPlan;
import dev.gantry.projects.stakeholder.domain.Stakeholder;
import dev.gantry.projects.stakeholder.domain.StakeholderDetails;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

final class StakeholderMapper {


    private StakeholderMapper() {
    }

    static StakeholderDetails toDetails(StakeholderRequest r) {
        return new StakeholderDetails(r.kind(), r.name(), blankToNull(r.organisation()), blankToNull(r.role()),
                blankToNull(r.email()), blankToNull(r.phone()), r.interest(), r.influence(), r.currentEngagement(),
                r.desiredEngagement(), toPlan(r.communication()));
    }

    /** The patch as details; a required field set to null is a 400 naming it. */
    static StakeholderDetails toDetails(StakeholderPatch p) {
        Set<String> present = p.present();
        List<FieldError> errors = new ArrayList<>();
        StakeholderDetails details = new StakeholderDetails(p.getKind(), p.getName(), blankToNull(p.getOrganisation()),
                blankToNull(p.getRole()), blankToNull(p.getEmail()), blankToNull(p.getPhone()), p.getInterest(),
                p.getInfluence(), p.getCurrentEngagement(), p.getDesiredEngagement(), toPlan(p.getCommunication()));
        if (present.contains("kind") && details.kind() == null) {
            errors.add(FieldError.body("/kind", "must not be null; it cannot be cleared"));
        }
        if (present.contains("name") && details.name() == null) {
            errors.add(FieldError.body("/name", "must not be null; it cannot be cleared"));
        }
        if (present.contains("interest") && details.interest() == null) {
            errors.add(FieldError.body("/interest", "must not be null; it cannot be cleared"));
        }
        if (present.contains("influence") && details.influence() == null) {
            errors.add(FieldError.body("/influence", "must not be null; it cannot be cleared"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return details;
    }

    static StakeholderResponse toResponse(Stakeholder s) {
        CommunicationPlan plan = s.communication();
        return new StakeholderResponse(s.id, s.projectId, s.kind.name(), s.name, s.organisation, s.role, s.email,
                s.phone, s.interest, s.influence, s.quadrant().name(),
                s.currentEngagement == null ? null : s.currentEngagement.name(),
                s.desiredEngagement == null ? null : s.desiredEngagement.name(),
                plan == null ? null : new CommunicationPlanDto(plan.channel(), plan.frequency(), plan.owner()),
                s.version, s.createdAt, s.updatedAt);
    }


    private static CommunicationPlan toPlan(CommunicationPlanDto dto) {
        return dto == null ? null : new CommunicationPlan(dto.channel(), dto.frequency(), blankToNull(dto.owner()));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
