package dev.gantry.projects.meeting.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;
import java.util.UUID;

/**
 * A member's subscription to a project's calendar: calendar applications poll a secret URL, because they cannot send
 * a bearer token. The secret itself is never stored, only its hash; the feed works while its owner is a member.
 */
@Entity
@Table(name = "calendar_feed")
public class CalendarFeed {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(name = "user_id", nullable = false)
    public String userId;

    public String label;

    @Column(name = "token_hash", nullable = false, unique = true)
    public String tokenHash;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    public static CalendarFeed create(UUID projectId, String userId, String label, String tokenHash, Instant now) {
        CalendarFeed feed = new CalendarFeed();
        feed.id = UUID.randomUUID();
        feed.projectId = projectId;
        feed.userId = userId;
        feed.label = label == null || label.isBlank() ? null : label.strip();
        feed.tokenHash = tokenHash;
        feed.createdAt = now;
        return feed;
    }
}
