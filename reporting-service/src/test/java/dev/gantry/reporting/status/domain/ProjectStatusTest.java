package dev.gantry.reporting.status.domain;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The RAG rules, one threshold at a time, with the default thresholds. */
class ProjectStatusTest {

    private static final StatusThresholds DEFAULTS = new StatusThresholds(5, 15, new BigDecimal("0.95"),
            new BigDecimal("0.85"), new BigDecimal("0.95"), new BigDecimal("0.85"), new BigDecimal("5"),
            new BigDecimal("10"), "HIGH", "CRITICAL", 3);
    private static final LocalDate TODAY = LocalDate.of(2027, 3, 15);
    private static final LocalDateTime FINISH = LocalDateTime.of(2027, 6, 30, 17, 0);

    @Test
    void nothingToJudgeIsGreyAndTheOverallRatingIsTheWorstOfTheRest() {
        ProjectStatus status = ProjectStatus.judge(inputs(false, null, List.of(), 0, List.of(), List.of(), 0, null,
                List.of(), List.of(), List.of()), DEFAULTS);
        assertThat(status.schedule().rag()).isEqualTo(ProjectStatus.Rag.GREY);
        assertThat(status.schedule().reasons()).extracting(ProjectStatus.Reason::code).containsExactly("NO_SCHEDULE");
        assertThat(status.cost().rag()).isEqualTo(ProjectStatus.Rag.GREY);
        assertThat(status.cost().reasons()).extracting(ProjectStatus.Reason::code).containsExactly("NO_BASELINE");
        assertThat(status.risk().rag()).isEqualTo(ProjectStatus.Rag.GREEN);
        assertThat(status.overall().rag()).isEqualTo(ProjectStatus.Rag.GREEN);
        assertThat(status.overall().reasons()).isEmpty();
    }

    @Test
    void slipsAreAmberAboveFiveDaysAndRedAboveFifteen() {
        assertThat(finishSlip(5)).isEqualTo(ProjectStatus.Rag.GREEN);
        assertThat(finishSlip(6)).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(finishSlip(15)).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(finishSlip(16)).isEqualTo(ProjectStatus.Rag.RED);
        // A task sixteen days late is red only when it is critical.
        assertThat(taskSlip(16, false)).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(taskSlip(16, true)).isEqualTo(ProjectStatus.Rag.RED);
        assertThat(taskSlip(5, true)).isEqualTo(ProjectStatus.Rag.GREEN);
    }

    @Test
    void lateMilestonesAndNegativeSlack() {
        StatusInputs.TaskSlip lateFiveDays = task(true, false, 5);
        ProjectStatus late = ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(lateFiveDays), List.of(),
                0, null, List.of(), List.of(), List.of()), DEFAULTS);
        assertThat(late.schedule().rag()).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(late.schedule().reasons().get(0).code()).isEqualTo("MILESTONES_LATE");
        assertThat(late.schedule().reasons().get(0).taskIds()).containsExactly(lateFiveDays.taskId());
        ProjectStatus veryLate = ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(task(true, false, 16)),
                List.of(), 0, null, List.of(), List.of(), List.of()), DEFAULTS);
        assertThat(veryLate.schedule().rag()).isEqualTo(ProjectStatus.Rag.RED);
        ProjectStatus negative = ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(),
                List.of(task(false, true, null)), 12, null, List.of(), List.of(), List.of()), DEFAULTS);
        assertThat(negative.schedule().rag()).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(negative.schedule().reasons().get(0).message()).startsWith("12 tasks cannot meet");
    }

    @Test
    void costByCpiAndByTheForecastOverTheBudget() {
        assertThat(cost("0.96", "10000", "10400")).isEqualTo(ProjectStatus.Rag.GREEN);
        assertThat(cost("0.94", "10000", "10400")).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(cost("0.84", "10000", "10400")).isEqualTo(ProjectStatus.Rag.RED);
        assertThat(cost("1.00", "10000", "10600")).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(cost("1.00", "10000", "11100")).isEqualTo(ProjectStatus.Rag.RED);
        // Nothing earned yet: cost performance cannot be judged.
        ProjectStatus nothing = ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(), List.of(), 0,
                new StatusInputs.EarnedValueSummary(TODAY, "EUR", new BigDecimal("10000"), BigDecimal.ZERO, null, null,
                        null), List.of(), List.of(), List.of()), DEFAULTS);
        assertThat(nothing.cost().rag()).isEqualTo(ProjectStatus.Rag.GREY);
        assertThat(nothing.cost().reasons().get(0).code()).isEqualTo("NOTHING_EARNED");
    }

    @Test
    void risksByLevelOccurrenceAndOverdueResponses() {
        assertThat(risk(risk("MEDIUM", "ASSESSED"))).isEqualTo(ProjectStatus.Rag.GREEN);
        assertThat(risk(risk("HIGH", "ASSESSED"))).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(risk(risk("CRITICAL", "RESPONDING"))).isEqualTo(ProjectStatus.Rag.RED);
        assertThat(risk(risk("LOW", "OCCURRED"))).isEqualTo(ProjectStatus.Rag.AMBER);
        ProjectStatus overdue = ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(), List.of(), 0, null,
                List.of(), List.of(new StatusInputs.OverdueAction(UUID.randomUUID(), UUID.randomUUID(), "Call vendor",
                        "dana", TODAY.minusDays(2))), List.of()), DEFAULTS);
        assertThat(overdue.risk().rag()).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(overdue.risk().reasons().get(0).code()).isEqualTo("RESPONSES_OVERDUE");
    }

    @Test
    void overAllocationsAreAmberRedFromThreeOrOnACriticalTask() {
        assertThat(resources(episode(false))).isEqualTo(ProjectStatus.Rag.AMBER);
        assertThat(resources(episode(true))).isEqualTo(ProjectStatus.Rag.RED);
        assertThat(resources(episode(false), episode(false), episode(false))).isEqualTo(ProjectStatus.Rag.RED);
    }

    @Test
    void contradictoryThresholdsAreNamedField() {
        StatusThresholds bad = new StatusThresholds(10, 5, new BigDecimal("0.8"), new BigDecimal("0.9"),
                new BigDecimal("0.95"), new BigDecimal("0.85"), new BigDecimal("5"), new BigDecimal("1"), "HIGH",
                "MEDIUM", 0);
        assertThat(bad.problems()).containsOnlyKeys("redSlipDays", "spiRedBelow", "forecastRedOverPercent",
                "riskRedLevel", "resourcesRedEpisodes");
        assertThat(DEFAULTS.problems()).isEmpty();
    }

    private static ProjectStatus.Rag finishSlip(int days) {
        return ProjectStatus.judge(new StatusInputs(TODAY, true, FINISH.plusDays(days), FINISH, List.of(), 0,
                List.of(), 0, List.of(), 0, null, List.of(), List.of(), List.of()), DEFAULTS).schedule().rag();
    }

    private static ProjectStatus.Rag taskSlip(int days, boolean critical) {
        return ProjectStatus.judge(inputs(true, null, List.of(task(false, critical, days)), 1, List.of(), List.of(),
                0, null, List.of(), List.of(), List.of()), DEFAULTS).schedule().rag();
    }

    private static ProjectStatus.Rag cost(String cpi, String bac, String eac) {
        return ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(), List.of(), 0,
                new StatusInputs.EarnedValueSummary(TODAY, "EUR", new BigDecimal(bac), new BigDecimal("1000"),
                        new BigDecimal("1.000"), new BigDecimal(cpi), new BigDecimal(eac)), List.of(), List.of(),
                List.of()), DEFAULTS).cost().rag();
    }

    private static ProjectStatus.Rag risk(StatusInputs.RiskSummary risk) {
        return ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(), List.of(), 0, null, List.of(risk),
                List.of(), List.of()), DEFAULTS).risk().rag();
    }

    private static ProjectStatus.Rag resources(StatusInputs.Episode... episodes) {
        return ProjectStatus.judge(inputs(true, null, List.of(), 0, List.of(), List.of(), 0, null, List.of(),
                List.of(), List.of(episodes)), DEFAULTS).resources().rag();
    }

    private static StatusInputs inputs(boolean schedule, LocalDateTime baselineFinish,
                                       List<StatusInputs.TaskSlip> slipped, int slippedCount,
                                       List<StatusInputs.TaskSlip> late, List<StatusInputs.TaskSlip> negative,
                                       int negativeCount, StatusInputs.EarnedValueSummary ev,
                                       List<StatusInputs.RiskSummary> risks, List<StatusInputs.OverdueAction> overdue,
                                       List<StatusInputs.Episode> episodes) {
        return new StatusInputs(TODAY, schedule, schedule ? FINISH : null, baselineFinish, slipped, slippedCount, late,
                late.size(), negative, negativeCount, ev, risks, overdue, episodes);
    }

    private static StatusInputs.TaskSlip task(boolean milestone, boolean critical, Integer slipDays) {
        return new StatusInputs.TaskSlip(UUID.randomUUID(), milestone ? "Go-live" : "Build", "1.2", milestone,
                critical, FINISH, FINISH, slipDays, new BigDecimal("-1.0"), null);
    }

    private static StatusInputs.RiskSummary risk(String level, String status) {
        return new StatusInputs.RiskSummary(UUID.randomUUID(), "R-1", "Vendor late", status, level, 12, "dana", null,
                null);
    }

    private static StatusInputs.Episode episode(boolean critical) {
        return new StatusInputs.Episode(UUID.randomUUID(), UUID.randomUUID(), "Ana", TODAY, TODAY.plusDays(3), critical);
    }
}
