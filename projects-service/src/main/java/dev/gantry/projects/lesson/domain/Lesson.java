package dev.gantry.projects.lesson.domain;

import static dev.gantry.platform.text.Texts.blankToNull;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * A lesson learned in a project: what went well or badly, why it mattered and what to do next time. Lessons are
 * kept for every project, including closed and cancelled ones, because that is when most of them are written.
 */
@Entity
@Table(name = "lesson")
public class Lesson {

    @Id
    public UUID id;

    @Column(name = "project_id", nullable = false)
    public UUID projectId;

    @Column(nullable = false)
    public String title;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LessonOutcome outcome;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LessonCategory category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public LessonImpact impact;

    @Column(nullable = false)
    public String description;

    public String recommendation;

    /** Lower-case, distinct, in the order given. */
    @Column(nullable = false)
    public String[] tags = new String[0];

    @Column(name = "recorded_by", nullable = false)
    public String recordedBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    public Instant updatedAt;

    @Version
    public long version;

    public static Lesson record(UUID projectId, LessonDetails details, String recordedBy, Instant now) {
        Lesson lesson = new Lesson();
        lesson.id = UUID.randomUUID();
        lesson.projectId = projectId;
        lesson.recordedBy = recordedBy;
        lesson.createdAt = now;
        lesson.updatedAt = now;
        lesson.replace(details, now);
        return lesson;
    }

    /** Replaces the content; returns the names of the fields that changed, empty when nothing did. */
    public List<String> replace(LessonDetails details, Instant now) {
        List<String> changed = new ArrayList<>();
        String newTitle = details.title().strip();
        String newDescription = details.description().strip();
        String newRecommendation = blankToNull(details.recommendation());
        String[] newTags = normalise(details.tags());
        if (!newTitle.equals(title)) {
            changed.add("title");
        }
        if (details.outcome() != outcome) {
            changed.add("outcome");
        }
        if (details.category() != category) {
            changed.add("category");
        }
        if (details.impact() != impact) {
            changed.add("impact");
        }
        if (!newDescription.equals(description)) {
            changed.add("description");
        }
        if (!Objects.equals(newRecommendation, recommendation)) {
            changed.add("recommendation");
        }
        if (!Arrays.equals(newTags, tags)) {
            changed.add("tags");
        }
        title = newTitle;
        outcome = details.outcome();
        category = details.category();
        impact = details.impact();
        description = newDescription;
        recommendation = newRecommendation;
        tags = newTags;
        if (!changed.isEmpty()) {
            updatedAt = now;
        }
        return changed;
    }

    public List<String> tagList() {
        return List.of(tags);
    }

    /** Tags compare case-insensitively, so they are kept in lower case, stripped and without repeats. */
    public static String[] normalise(List<String> tags) {
        if (tags == null) {
            return new String[0];
        }
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (String tag : tags) {
            distinct.add(tag.strip().toLowerCase(Locale.ROOT));
        }
        return distinct.toArray(String[]::new);
    }

}
