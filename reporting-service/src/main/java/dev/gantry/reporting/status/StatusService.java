package dev.gantry.reporting.status;

import dev.gantry.reporting.earnedvalue.EarnedValueService;
import dev.gantry.reporting.earnedvalue.domain.EarnedValue;
import dev.gantry.reporting.portfolio.domain.PortfolioProject;
import dev.gantry.reporting.portfolio.persistence.PortfolioRepository;
import dev.gantry.reporting.status.domain.ProjectStatus;
import dev.gantry.reporting.status.domain.StatusInputs;
import dev.gantry.reporting.status.persistence.StatusReadRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Computes a project's status report from the read models, as they stand, for a given day. */
@ApplicationScoped
public class StatusService {

    private final PortfolioRepository portfolio;
    private final EarnedValueService earnedValue;
    private final StatusReadRepository reads;
    private final StatusThresholdsService thresholds;

    StatusService(PortfolioRepository portfolio, EarnedValueService earnedValue, StatusReadRepository reads,
                  StatusThresholdsService thresholds) {
        this.portfolio = portfolio;
        this.earnedValue = earnedValue;
        this.reads = reads;
        this.thresholds = thresholds;
    }

    /** Empty when reporting knows no such project (no {@code ProjectCreated} has arrived). */
    @Transactional
    public Optional<StatusReport> status(UUID projectId, LocalDate today) {
        PortfolioProject project = portfolio.findById(projectId);
        if (project == null) {
            return Optional.empty();
        }
        Optional<EarnedValueService.Report> ev = earnedValue.atStatusDate(projectId);
        UUID baselineId = ev.map(r -> r.baseline().baselineId()).orElse(null);
        StatusReadRepository.ScheduleFacts facts = reads.schedule(projectId, baselineId, today);
        StatusInputs.EarnedValueSummary evSummary = ev.map(r -> summary(r.figures())).orElse(null);
        List<StatusInputs.RiskSummary> risks = reads.openRisks(projectId);
        List<StatusInputs.OverdueAction> overdue = reads.overdueActions(projectId);
        List<StatusInputs.Episode> episodes = reads.episodes(projectId);
        LocalDateTime finish = facts.schedule().map(StatusReadRepository.Schedule::finish).orElse(null);
        StatusInputs inputs = new StatusInputs(today, facts.schedule().isPresent(), finish, facts.baselineFinish(),
                facts.slipped(), facts.slippedCount(), facts.lateMilestones(), facts.lateMilestoneCount(),
                facts.negativeSlack(),
                facts.negativeSlackCount(), evSummary, risks, overdue, episodes);
        StatusThresholdsService.Current current = thresholds.current();
        ProjectStatus judged = ProjectStatus.judge(inputs, current.thresholds());

        List<StatusReadRepository.ActionItem> items = reads.openActionItems(projectId);
        int overdueItems = (int) items.stream().filter(i -> overdue(i, today)).count();
        Integer finishSlip = finish == null || facts.baselineFinish() == null ? null
                : (int) ChronoUnit.DAYS.between(facts.baselineFinish().toLocalDate(), finish.toLocalDate());
        StatusReport.ScheduleSummary plan = new StatusReport.ScheduleSummary(
                facts.schedule().map(StatusReadRepository.Schedule::version).orElse(null),
                facts.schedule().map(StatusReadRepository.Schedule::start).orElse(null), finish,
                facts.baselineFinish(), finishSlip, facts.schedule().map(StatusReadRepository.Schedule::taskCount)
                .orElse(0), facts.slippedCount(), facts.negativeSlackCount());
        LocalDateTime statusDate = facts.schedule().map(StatusReadRepository.Schedule::statusDate).orElse(null);
        return Optional.of(new StatusReport(projectId, project.name, project.type, project.status,
                project.managerName, project.startDate, project.budgetAmount == null ? null
                : new StatusReport.Budget(project.budgetAmount, project.budgetCurrency.strip()), today, statusDate, judged.overall(), judged.schedule(), judged.cost(),
                judged.risk(), judged.resources(), plan,
                new StatusReport.Milestones(facts.nextMilestones(), facts.lateMilestones()), evSummary,
                risks.stream().limit(5).toList(), risks.size(), overdue, episodes,
                new StatusReport.ActionItems(items.size(), overdueItems, items.stream()
                        .limit(StatusReadRepository.LISTED)
                        .map(i -> new StatusReport.Item(i.actionItemId(), i.meetingId(), i.description(),
                                i.ownerName(), i.dueDate(), overdue(i, today), i.taskId())).toList()),
                current.version()));
    }

    static boolean overdue(StatusReadRepository.ActionItem item, LocalDate today) {
        return item.dueDate() != null && item.dueDate().isBefore(today);
    }

    private static StatusInputs.EarnedValueSummary summary(EarnedValue.Figures f) {
        return new StatusInputs.EarnedValueSummary(f.statusDate(), f.currency(), f.budgetAtCompletion(),
                f.earnedValue(), f.schedulePerformanceIndex(), f.costPerformanceIndex(), f.estimateAtCompletionCpi());
    }
}
