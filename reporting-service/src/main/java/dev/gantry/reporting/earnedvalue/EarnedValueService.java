package dev.gantry.reporting.earnedvalue;

import dev.gantry.platform.errors.FieldError;
import dev.gantry.platform.errors.ValidationException;
import dev.gantry.reporting.earnedvalue.domain.EarnedValue;
import dev.gantry.reporting.earnedvalue.persistence.EarnedValueRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/** A project's earned value at a status date, from what {@link EarnedValueProjector} and the actuals keep. */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class EarnedValueService {

    /** The S-curve's longest span, about 19 years: a status date further from the baseline is refused. */
    static final int MAX_WEEKS = 1000;

    /** Where the status date came from: asked for, the project's latest progress report, or today. */
    public enum StatusDateSource { REQUESTED, PROGRESS_REPORT, TODAY }

    public record Report(EarnedValueRepository.Baseline baseline, StatusDateSource statusDateSource,
                         BigDecimal unratedHours, EarnedValue.Figures figures) {
    }

    private final EarnedValueRepository inputs;
    private final Clock clock;

    EarnedValueService(EarnedValueRepository inputs, Clock clock) {
        this.inputs = inputs;
        this.clock = clock;
    }

    /** Empty when the project has no complete baseline: earned value is measured against one. */
    public Optional<Report> report(UUID projectId, LocalDate requested) {
        Optional<EarnedValueRepository.Baseline> baseline = inputs.currentBaseline(projectId);
        if (baseline.isEmpty()) {
            return Optional.empty();
        }
        StatusDateSource source = StatusDateSource.REQUESTED;
        LocalDate statusDate = requested;
        if (statusDate == null) {
            Optional<LocalDateTime> reported = inputs.latestStatusDate(projectId);
            source = reported.isPresent() ? StatusDateSource.PROGRESS_REPORT : StatusDateSource.TODAY;
            statusDate = reported.map(LocalDateTime::toLocalDate).orElseGet(() -> LocalDate.now(clock));
        }
        List<EarnedValue.BaselineTask> tasks = inputs.baselineTasks(baseline.get().baselineId());
        requireWithinReach(tasks, statusDate);
        EarnedValue.Figures figures = EarnedValue.compute(tasks, baseline.get().currency(),
                inputs.progress(projectId), inputs.actualWeeks(projectId), statusDate);
        return Optional.of(new Report(baseline.get(), source, inputs.unratedHours(projectId), figures));
    }

    private static void requireWithinReach(List<EarnedValue.BaselineTask> tasks, LocalDate statusDate) {
        LocalDate first = tasks.stream().map(EarnedValue.BaselineTask::start).filter(Objects::nonNull)
                .map(LocalDateTime::toLocalDate).min(LocalDate::compareTo).orElse(statusDate);
        LocalDate last = tasks.stream().map(EarnedValue.BaselineTask::finish).filter(Objects::nonNull)
                .map(LocalDateTime::toLocalDate).max(LocalDate::compareTo).orElse(statusDate);
        LocalDate from = statusDate.isBefore(first) ? statusDate : first;
        LocalDate to = statusDate.isAfter(last) ? statusDate : last;
        if (ChronoUnit.WEEKS.between(from, to) > MAX_WEEKS) {
            throw new ValidationException(FieldError.parameter("statusDate", "must be within " + MAX_WEEKS
                    + " weeks of the baseline (" + first + " to " + last + ")"));
        }
    }
}
