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

    /** Empty when the project has no complete baseline: earned value is measured against one. With the S-curve. */
    public Optional<Report> report(UUID projectId, LocalDate requested) {
        return report(projectId, requested, true);
    }

    /** As {@link #report(UUID, LocalDate)} at the project's status date, without the S-curve (what alerts judge). */
    public Optional<Report> atStatusDate(UUID projectId) {
        return report(projectId, null, false);
    }

    private Optional<Report> report(UUID projectId, LocalDate requested, boolean withWeeks) {
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
        if (!withWeeks) {
            return Optional.of(new Report(baseline.get(), source, inputs.unratedHours(projectId),
                    EarnedValue.atStatusDate(tasks, baseline.get().currency(), inputs.progress(projectId),
                            inputs.actualWeeks(projectId), statusDate)));
        }
        requireWithinReach(tasks, statusDate);
        EarnedValue.Figures figures = EarnedValue.compute(tasks, baseline.get().currency(),
                inputs.progress(projectId), inputs.actualWeeks(projectId), statusDate);
        return Optional.of(new Report(baseline.get(), source, inputs.unratedHours(projectId), figures));
    }

    /** The S-curve has at most {@link #MAX_WEEKS} weeks: a status date further from the baseline is refused. */
    private static void requireWithinReach(List<EarnedValue.BaselineTask> tasks, LocalDate statusDate) {
        EarnedValue.Span span = EarnedValue.Span.of(tasks).orElse(new EarnedValue.Span(statusDate, statusDate));
        LocalDate first = span.first();
        LocalDate last = span.last();
        LocalDate from = statusDate.isBefore(first) ? statusDate : first;
        LocalDate to = statusDate.isAfter(last) ? statusDate : last;
        if (ChronoUnit.WEEKS.between(from, to) > MAX_WEEKS) {
            throw new ValidationException(FieldError.parameter("statusDate", "must be within " + MAX_WEEKS
                    + " weeks of the baseline (" + first + " to " + last + ")"));
        }
    }
}
