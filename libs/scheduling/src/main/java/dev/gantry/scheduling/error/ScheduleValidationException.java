package dev.gantry.scheduling.error;

import java.util.List;
import java.util.stream.Collectors;

/** The plan cannot be scheduled as given; {@link #problems()} lists every problem found, not only the first. */
public class ScheduleValidationException extends SchedulingException {

    private final transient List<Problem> problems;

    public ScheduleValidationException(List<Problem> problems) {
        super(summary(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    /** True when some problem has this code. */
    public boolean has(ProblemCode code) {
        return problems.stream().anyMatch(p -> p.code() == code);
    }

    private static String summary(List<Problem> problems) {
        return problems.size() + " problem(s) in the plan: "
                + problems.stream().limit(5).map(Problem::toString).collect(Collectors.joining("; "))
                + (problems.size() > 5 ? "; ..." : "");
    }
}
