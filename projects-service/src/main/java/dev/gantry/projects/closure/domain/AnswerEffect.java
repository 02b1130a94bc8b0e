package dev.gantry.projects.closure.domain;

import java.util.List;
import java.util.UUID;

/**
 * What an answer did to its closure attempt, as {@link Closure#accept} decides it. The caller acts on it: publishes
 * the attempt's end, moves the project, or logs why the answer changed nothing.
 */
public sealed interface AnswerEffect {

    /** The answer changed nothing; {@code reason} says why in one sentence. */
    record Ignored(Cause cause, String reason) implements AnswerEffect {

        /** Why an answer was ignored. */
        public enum Cause {
            /** The answer names another project than the attempt's. */
            WRONG_PROJECT,
            /** The answering service is not one of the attempt's participants. */
            NOT_A_PARTICIPANT,
            /** The attempt has already completed, failed or timed out. */
            ENDED,
            /** The participant has answered this attempt before; its first answer counts. */
            ALREADY_ANSWERED;

            /**
             * Redelivered events and answers to an attempt that a FAILED answer or a timeout ended are what
             * at-least-once messaging and retried closures produce; the other causes point at a misrouted answer.
             */
            public boolean isRoutine() {
                return this == ENDED || this == ALREADY_ANSWERED;
            }
        }
    }

    /** The answer was recorded; the attempt still waits for {@code awaited}, in the order they were asked. */
    record Recorded(List<String> awaited) implements AnswerEffect {

        public Recorded {
            awaited = List.copyOf(awaited);
        }
    }

    /**
     * The attempt FAILED with {@code reason}, because {@code participant} answered FAILED or, when the project was no
     * longer CLOSING at the last answer, because of the coordinator ({@link Closure#COORDINATOR}).
     */
    record Failed(String participant, String reason) implements AnswerEffect {
    }

    /** Every participant answered COMPLETED, in the order of {@code answered}: the attempt is COMPLETED. */
    record Completed(UUID closureId, List<String> answered) implements AnswerEffect {

        public Completed {
            answered = List.copyOf(answered);
        }

        /** Why the project moves to CLOSED, for its history. */
        public String projectNote() {
            return "Closure " + closureId + " completed: " + String.join(", ", answered) + " answered";
        }
    }

    /**
     * The answer came too late and did not count ({@code reason}); instead the attempt TIMED_OUT without an answer
     * from {@code missing}.
     */
    record TimedOut(String reason, List<String> missing) implements AnswerEffect {

        public TimedOut {
            missing = List.copyOf(missing);
        }
    }
}
