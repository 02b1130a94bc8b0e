package dev.gantry.projects.stakeholder.api;

import static dev.gantry.platform.text.Texts.blankToNull;

import dev.gantry.projects.stakeholder.domain.CommunicationPlan;
import dev.gantry.projects.stakeholder.domain.Stakeholder;
import dev.gantry.projects.stakeholder.domain.StakeholderDetails;

final class StakeholderMapper {

    private StakeholderMapper() {
    }

    static StakeholderDetails toDetails(StakeholderRequest r) {
        return new StakeholderDetails(r.kind(), r.name(), blankToNull(r.organisation()), blankToNull(r.role()),
                blankToNull(r.email()), blankToNull(r.phone()), r.interest(), r.influence(), r.currentEngagement(),
                r.desiredEngagement(), toPlan(r.communication()));
    }

    /** The patch's values as details: members left out are null there. */
    static StakeholderDetails toDetails(UpdateStakeholderRequest p) {
        return new StakeholderDetails(p.kind().orElse(null), p.name().orElse(null),
                blankToNull(p.organisation().orElse(null)), blankToNull(p.role().orElse(null)),
                blankToNull(p.email().orElse(null)), blankToNull(p.phone().orElse(null)), p.interest().orElse(null),
                p.influence().orElse(null), p.currentEngagement().orElse(null), p.desiredEngagement().orElse(null),
                toPlan(p.communication().orElse(null)));
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

}
