package dev.gantry.platform.security;

import dev.gantry.contracts.project.ProjectRole;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A user's role on a project. projects-service owns these rows; every other service keeps a replica built from
 * project events, so that each can authorise requests on its own.
 */
@Entity
@Table(name = "project_membership")
@IdClass(ProjectMembership.Key.class)
public class ProjectMembership {

    @Id
    @Column(name = "project_id")
    public UUID projectId;

    @Id
    @Column(name = "user_id")
    public String userId;

    @Column(name = "username")
    public String username;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false)
    public ProjectRole role;

    public ProjectMembership() {
    }

    public ProjectMembership(UUID projectId, String userId, String username, ProjectRole role) {
        this.projectId = projectId;
        this.userId = userId;
        this.username = username;
        this.role = role;
    }

    public static class Key implements Serializable {
        public UUID projectId;
        public String userId;

        public Key() {
        }

        public Key(UUID projectId, String userId) {
            this.projectId = projectId;
            this.userId = userId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && Objects.equals(projectId, other.projectId)
                    && Objects.equals(userId, other.userId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(projectId, userId);
        }
    }
}
