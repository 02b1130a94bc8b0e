package dev.gantry.platform.replica;

import dev.gantry.platform.security.ProjectMembership;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A project as a service other than projects-service knows it: the replica and the members. */
@Schema(name = "ProjectContext", description = "What this service knows of a project, from project events")
public record ProjectContextResponse(
        UUID projectId,
        @Schema(example = "ERP upgrade to 2027 release") String name,
        @Schema(example = "SYSTEM_UPGRADE") String type,
        @Schema(example = "INITIATING") String status,
        LocalDate startDate,
        @Schema(description = "The project's version in projects-service this copy reflects") long sourceVersion,
        Instant updatedAt,
        List<Member> members) {

    @Schema(name = "ProjectContextMember")
    public record Member(String userId, String username, String role) {
    }

    public static ProjectContextResponse of(ProjectReplica replica, List<ProjectMembership> members) {
        return new ProjectContextResponse(replica.projectId, replica.name, replica.type, replica.status,
                replica.startDate, replica.sourceVersion, replica.updatedAt,
                members.stream().map(m -> new Member(m.userId, m.username, m.role.name())).toList());
    }
}
