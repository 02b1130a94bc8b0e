package dev.gantry.resources.load.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** An over-allocation episode that has been announced and not yet resolved. */
@Entity
@Table(name = "overallocation")
public class OverallocationEpisode {

    @Id
    public UUID id;

    @Column(name = "person_id", nullable = false)
    public UUID personId;

    @Column(name = "first_day", nullable = false)
    public LocalDate firstDay;

    @Column(name = "last_day", nullable = false)
    public LocalDate lastDay;

    @Column(name = "peak_day", nullable = false)
    public LocalDate peakDay;

    @Column(name = "allocated_hours", nullable = false)
    public BigDecimal allocatedHours;

    @Column(name = "available_hours", nullable = false)
    public BigDecimal availableHours;

    @Column(name = "detected_at", nullable = false)
    public Instant detectedAt;

    public static OverallocationEpisode detected(UUID personId, Load.Episode episode, Instant now) {
        OverallocationEpisode stored = new OverallocationEpisode();
        stored.id = UUID.randomUUID();
        stored.personId = personId;
        stored.detectedAt = now;
        stored.follow(episode);
        return stored;
    }

    /** The same episode, as it is now: its days and its worst day may have moved. */
    public void follow(Load.Episode episode) {
        firstDay = episode.firstDay();
        lastDay = episode.lastDay();
        peakDay = episode.peak().day();
        allocatedHours = hours(episode.peak().allocated());
        availableHours = hours(episode.peak().available());
    }

    public Load.Span days() {
        return new Load.Span(firstDay, lastDay);
    }

    public boolean overlaps(Load.Episode episode) {
        return episode.overlaps(firstDay, lastDay);
    }

    public static BigDecimal hours(BigDecimal value) {
        return value.setScale(2, RoundingMode.HALF_UP);
    }
}
