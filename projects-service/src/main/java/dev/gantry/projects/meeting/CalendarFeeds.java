package dev.gantry.projects.meeting;

import dev.gantry.platform.errors.ConflictException;
import dev.gantry.platform.errors.NotFoundException;
import dev.gantry.platform.security.ProjectAuthorizer;
import dev.gantry.platform.security.ProjectMemberships;
import dev.gantry.platform.security.ProjectPermission;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.projects.meeting.domain.CalendarFeed;
import dev.gantry.projects.meeting.persistence.CalendarFeedRepository;
import dev.gantry.projects.project.persistence.ProjectRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Personal calendar subscriptions. A member creates a feed and gets a secret (256 random bits, URL-safe) once; a
 * calendar application then polls {@code /api/projects/calendar-feeds/{secret}.ics} without a token. Only the
 * SHA-256 of the secret is stored. Each poll checks that the feed's owner is still a member of the project, so
 * leaving the project ends the subscription, and the owner or a project manager can revoke it at any time.
 */
@ApplicationScoped
@Transactional
public class CalendarFeeds {

    /** A new feed and its secret, which is not kept and cannot be shown again. */
    public record Created(CalendarFeed feed, String secret) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Pattern SECRET = Pattern.compile("[A-Za-z0-9_-]{43}");

    private final CalendarFeedRepository feeds;
    private final ProjectRepository projects;
    private final ProjectAuthorizer authorizer;
    private final ProjectMemberships memberships;
    private final MeetingCalendar calendar;
    private final Clock clock;

    CalendarFeeds(CalendarFeedRepository feeds, ProjectRepository projects, ProjectAuthorizer authorizer,
                  ProjectMemberships memberships, MeetingCalendar calendar, Clock clock) {
        this.feeds = feeds;
        this.projects = projects;
        this.authorizer = authorizer;
        this.memberships = memberships;
        this.calendar = calendar;
        this.clock = clock;
    }

    /** Creates a feed for the caller, who must be a member of the project (any project role). */
    public Created create(UUID projectId, String label) {
        ProjectRole role = authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        if (role == null) {
            throw new ConflictException("Calendar subscriptions are personal to the project's members",
                    List.of("You see this project as an admin or PMO user but are not a member of it; add yourself as"
                            + " a member (a VIEWER is enough) to subscribe, or use GET /api/projects/" + projectId
                            + "/calendar.ics with your token"));
        }
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        CalendarFeed feed = CalendarFeed.create(projectId, authorizer.userId(), label, hash(secret), clock.instant());
        feeds.persistAndFlush(feed);
        return new Created(feed, secret);
    }

    /** The caller's own feeds of the project. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<CalendarFeed> mine(UUID projectId) {
        authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        return feeds.ofOwner(projectId, authorizer.userId());
    }

    /** Revokes a feed: its owner may, and so may whoever manages the project. Someone else's feed is not found. */
    public void revoke(UUID projectId, UUID feedId) {
        ProjectRole role = authorizer.require(projectId, ProjectPermission.READ);
        projects.require(projectId);
        CalendarFeed feed = feeds.findInProject(projectId, feedId)
                .orElseThrow(() -> new NotFoundException("Calendar feed", feedId));
        boolean manages = role == ProjectRole.MANAGER || authorizer.seesAllProjects();
        if (!feed.userId.equals(authorizer.userId()) && !manages) {
            throw new NotFoundException("Calendar feed", feedId);
        }
        feeds.delete(feed);
    }

    /**
     * The calendar behind a secret, or "not found" for a secret that is malformed, unknown, revoked, or whose owner
     * is no longer a member of the project: the answer never tells which.
     */
    public String render(String secret) {
        if (secret == null || !SECRET.matcher(secret).matches()) {
            throw new NotFoundException("Calendar feed", "(secret)");
        }
        CalendarFeed feed = feeds.findByTokenHash(hash(secret))
                .filter(f -> memberships.find(f.projectId, f.userId).isPresent())
                .orElseThrow(() -> new NotFoundException("Calendar feed", "(secret)"));
        feeds.touch(feed.id, clock.instant());
        return calendar.render(projects.require(feed.projectId));
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
