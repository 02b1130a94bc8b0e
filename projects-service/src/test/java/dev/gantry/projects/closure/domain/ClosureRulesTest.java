package dev.gantry.projects.closure.domain;

import dev.gantry.projects.closure.domain.AnswerEffect.Completed;
import dev.gantry.projects.closure.domain.AnswerEffect.Failed;
import dev.gantry.projects.closure.domain.AnswerEffect.Ignored;
import dev.gantry.projects.closure.domain.AnswerEffect.Recorded;
import dev.gantry.projects.closure.domain.AnswerEffect.TimedOut;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.ALREADY_ANSWERED;
import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.ENDED;
import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.NOT_A_PARTICIPANT;
import static dev.gantry.projects.closure.domain.AnswerEffect.Ignored.Cause.WRONG_PROJECT;
import static dev.gantry.projects.project.domain.ProjectStatus.CANCELLED;
import static dev.gantry.projects.project.domain.ProjectStatus.CLOSING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The closure saga's rules on the aggregate alone: every answer's effect, the deadline and the attempt's end. */
class ClosureRulesTest {

    private static final UUID PROJECT = UUID.fromString("5b0f8a52-3c1e-4e0b-9a51-2f7d8c6e4a10");
    private static final String RESOURCES = "resources-service";
    private static final String RISK = "risk-service";
    private static final String REPORTING = "reporting-service";
    private static final List<String> PARTICIPANTS = List.of(RESOURCES, RISK, REPORTING);
    private static final Instant REQUESTED = Instant.parse("2027-12-01T09:00:00Z");
    private static final Instant DEADLINE = Instant.parse("2027-12-01T09:10:00Z");

    private static Closure open() {
        return Closure.open(PROJECT, "All deliverables accepted", RiskDisposition.CLOSE, null, PARTICIPANTS,
                "4f1c2d3e", "pm", REQUESTED, Duration.ofMinutes(10));
    }

    private static Instant minute(int minute) {
        return REQUESTED.plus(Duration.ofMinutes(minute));
    }

    private static ParticipantAnswer completed(String participant, Instant answeredAt) {
        return new ParticipantAnswer(PROJECT, participant, AnswerOutcome.COMPLETED, null, "Done",
                "{\"count\":1}", UUID.randomUUID(), answeredAt);
    }

    private static ParticipantAnswer failed(String participant, String reason) {
        return new ParticipantAnswer(PROJECT, participant, AnswerOutcome.FAILED, reason, "Failed: " + reason, "{}",
                UUID.randomUUID(), minute(1));
    }

    private static AnswerEffect accept(Closure closure, ParticipantAnswer answer, Instant now) {
        return closure.accept(answer, CLOSING, now);
    }

    private static List<String> answered(Closure closure) {
        return closure.answers().stream().map(ClosureAnswer::participant).toList();
    }

    // --- opening --------------------------------------------------------------------------------------------------

    @Test
    void aNewClosureIsPendingUntilItsDeadlineAndWaitsForEveryParticipantInTheOrderAsked() {
        Closure closure = open();

        assertThat(closure.state()).isEqualTo(ClosureState.PENDING);
        assertThat(closure.projectId()).isEqualTo(PROJECT);
        assertThat(closure.participants()).containsExactly(RESOURCES, RISK, REPORTING);
        assertThat(closure.awaited()).containsExactly(RESOURCES, RISK, REPORTING);
        assertThat(closure.answers()).isEmpty();
        assertThat(closure.requestedAt()).isEqualTo(REQUESTED);
        assertThat(closure.deadline()).isEqualTo(DEADLINE);
        assertThat(closure.endedAt()).isNull();
        assertThat(closure.failureReason()).isNull();
        assertThat(closure.expects(RISK)).isTrue();
        assertThat(closure.expects("billing-service")).isFalse();
        assertThat(closure.progress()).isEqualTo("closure " + closure.id() + " is pending until 2027-12-01T09:10:00Z,"
                + " waiting for resources-service, risk-service, reporting-service");
    }

    @Test
    void aClosureIsOverdueFromItsDeadlineOn() {
        Closure closure = open();

        assertThat(closure.isOverdue(DEADLINE.minusMillis(1))).isFalse();
        assertThat(closure.isOverdue(DEADLINE)).isTrue();
        assertThat(closure.isOverdue(DEADLINE.plusSeconds(3600))).isTrue();
    }

    @Test
    void eachParticipantIsAServiceNameAskedOnce() {
        assertThatThrownBy(() -> openWith(List.of()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A closure needs at least one participant to answer it");
        assertThatThrownBy(() -> openWith(List.of(RESOURCES, RISK, RESOURCES)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Each participant is asked once; got [resources-service, risk-service, resources-service]");
        assertThatThrownBy(() -> openWith(List.of(RESOURCES, " ")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A participant is a service name without commas; got ' '");
        assertThatThrownBy(() -> openWith(List.of("resources-service,risk-service")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A participant is a service name without commas; got 'resources-service,risk-service'");
    }

    private static Closure openWith(List<String> participants) {
        return Closure.open(PROJECT, null, RiskDisposition.CLOSE, null, participants, "4f1c2d3e", "pm", REQUESTED,
                Duration.ofMinutes(10));
    }

    @Test
    void transferNeedsATargetAndCloseTakesNone() {
        assertThat(RiskDisposition.TRANSFER.refusal(null))
                .contains("is required when riskDisposition is TRANSFER: name where the open risks go");
        assertThat(RiskDisposition.CLOSE.refusal("Ops"))
                .contains("must be empty when riskDisposition is CLOSE; set riskDisposition to TRANSFER to hand risks"
                        + " over");
        assertThat(RiskDisposition.TRANSFER.refusal("Ops")).isEmpty();
        assertThat(RiskDisposition.CLOSE.refusal(null)).isEmpty();

        assertThatThrownBy(() -> Closure.open(PROJECT, null, RiskDisposition.TRANSFER, null, PARTICIPANTS, "u", "pm",
                REQUESTED, Duration.ofMinutes(10)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("The risk transfer target is required when riskDisposition is TRANSFER:"
                        + " name where the open risks go");
        Closure transfer = Closure.open(PROJECT, null, RiskDisposition.TRANSFER, "IT operations risk register",
                PARTICIPANTS, "u", "pm", REQUESTED, Duration.ofMinutes(10));
        assertThat(transfer.riskDisposition()).isEqualTo(RiskDisposition.TRANSFER);
        assertThat(transfer.riskTransferTarget()).isEqualTo("IT operations risk register");
    }

    @Test
    void aClosureNeedsTimeForItsAnswers() {
        assertThatThrownBy(() -> Closure.open(PROJECT, null, RiskDisposition.CLOSE, null, PARTICIPANTS, "u", "pm",
                REQUESTED, Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("A closure needs time for its answers; the timeout is PT0S");
    }

    // --- answers ------------------------------------------------------------------------------------------------

    @Test
    void aCompletedAnswerIsRecordedAndTheClosureWaitsForTheOthers() {
        Closure closure = open();
        ParticipantAnswer answer = completed(RISK, minute(1));

        AnswerEffect effect = accept(closure, answer, minute(2));

        assertThat(effect).isEqualTo(new Recorded(List.of(RESOURCES, REPORTING)));
        assertThat(closure.state()).isEqualTo(ClosureState.PENDING);
        assertThat(closure.awaited()).containsExactly(RESOURCES, REPORTING);
        assertThat(closure.endedAt()).isNull();
        ClosureAnswer recorded = closure.answers().get(0);
        assertThat(closure.answers()).hasSize(1);
        assertThat(recorded.participant()).isEqualTo(RISK);
        assertThat(recorded.outcome()).isEqualTo(AnswerOutcome.COMPLETED);
        assertThat(recorded.reason()).isNull();
        assertThat(recorded.summary()).isEqualTo("Done");
        assertThat(recorded.details()).isEqualTo("{\"count\":1}");
        assertThat(recorded.eventId()).isEqualTo(answer.eventId());
        assertThat(recorded.answeredAt()).isEqualTo(minute(1));
        assertThat(recorded.recordedAt()).isEqualTo(minute(2));
        assertThat(closure.progress()).endsWith("waiting for resources-service, reporting-service");
    }

    @Test
    void anAnswerThatDoesNotSayWhenCountsFromWhenItIsRecorded() {
        Closure closure = open();

        accept(closure, completed(RISK, null), minute(3));

        assertThat(closure.answers().get(0).answeredAt()).isEqualTo(minute(3));
    }

    @Test
    void theLastCompletedAnswerCompletesTheClosureNamingWhoAnsweredInTheOrderTheyDid() {
        Closure closure = open();
        accept(closure, completed(REPORTING, minute(1)), minute(1));
        accept(closure, completed(RESOURCES, minute(2)), minute(2));

        AnswerEffect effect = accept(closure, completed(RISK, minute(3)), minute(4));

        assertThat(effect).isEqualTo(new Completed(closure.id(), List.of(REPORTING, RESOURCES, RISK)));
        assertThat(((Completed) effect).projectNote()).isEqualTo("Closure " + closure.id()
                + " completed: reporting-service, resources-service, risk-service answered");
        assertThat(closure.state()).isEqualTo(ClosureState.COMPLETED);
        assertThat(closure.endedAt()).isEqualTo(minute(4));
        assertThat(closure.failureReason()).isNull();
        assertThat(closure.awaited()).isEmpty();
        assertThat(answered(closure)).containsExactly(REPORTING, RESOURCES, RISK);
        assertThat(closure.isOverdue(DEADLINE)).isFalse();
        assertThat(closure.progress()).isEqualTo("closure " + closure.id() + " completed");
    }

    @Test
    void aFailedAnswerEndsTheAttemptWithTheParticipantsReason() {
        Closure closure = open();
        accept(closure, completed(RESOURCES, minute(1)), minute(1));

        AnswerEffect effect = accept(closure, failed(RISK, "Open risk R-12 has no owner"), minute(2));

        assertThat(effect).isEqualTo(new Failed(RISK, "risk-service: Open risk R-12 has no owner"));
        assertThat(closure.state()).isEqualTo(ClosureState.FAILED);
        assertThat(closure.failureReason()).isEqualTo("risk-service: Open risk R-12 has no owner");
        assertThat(closure.endedAt()).isEqualTo(minute(2));
        assertThat(closure.awaited()).as("an ended attempt waits for nobody").isEmpty();
        assertThat(answered(closure)).containsExactly(RESOURCES, RISK);
        assertThat(closure.answers().get(1).outcome()).isEqualTo(AnswerOutcome.FAILED);
        assertThat(closure.answers().get(1).reason()).isEqualTo("Open risk R-12 has no owner");
        assertThat(closure.progress()).isEqualTo("closure " + closure.id()
                + " failed (risk-service: Open risk R-12 has no owner); request the closure again");
    }

    @Test
    void aFailedAnswerWithoutAReasonSaysThatNoneWasGiven() {
        Closure closure = open();

        AnswerEffect effect = accept(closure, failed(REPORTING, null), minute(2));

        assertThat(effect).isEqualTo(new Failed(REPORTING, "reporting-service: no reason given"));
        assertThat(closure.failureReason()).isEqualTo("reporting-service: no reason given");
    }

    @Test
    void theLastAnswerFailsTheClosureWhenTheProjectIsNoLongerClosing() {
        Closure closure = open();
        accept(closure, completed(RESOURCES, minute(1)), minute(1));
        accept(closure, completed(RISK, minute(1)), minute(1));

        AnswerEffect effect = closure.accept(completed(REPORTING, minute(2)), CANCELLED, minute(2));

        String why = "The project is CANCELLED; it was no longer CLOSING when the last answer arrived";
        assertThat(effect).isEqualTo(new Failed("projects-service", why));
        assertThat(closure.state()).isEqualTo(ClosureState.FAILED);
        assertThat(closure.failureReason()).isEqualTo(why);
        assertThat(closure.endedAt()).isEqualTo(minute(2));
        assertThat(answered(closure)).containsExactly(RESOURCES, RISK, REPORTING);
    }

    @Test
    void theProjectsStatusMattersOnlyForTheLastAnswer() {
        Closure closure = open();

        AnswerEffect effect = closure.accept(completed(RESOURCES, minute(1)), CANCELLED, minute(1));

        assertThat(effect).isEqualTo(new Recorded(List.of(RISK, REPORTING)));
        assertThat(closure.state()).isEqualTo(ClosureState.PENDING);
    }

    // --- ignored answers ----------------------------------------------------------------------------------------

    @Test
    void aSecondAnswerFromAParticipantIsIgnoredWhateverItSaysAndTheFirstCounts() {
        Closure closure = open();
        ParticipantAnswer first = completed(RESOURCES, minute(1));
        accept(closure, first, minute(1));

        AnswerEffect redelivered = accept(closure, first, minute(2));
        AnswerEffect changedMind = accept(closure, failed(RESOURCES, "second thoughts"), minute(3));

        Ignored expected = new Ignored(ALREADY_ANSWERED,
                "resources-service has already answered COMPLETED; the first answer counts");
        assertThat(redelivered).isEqualTo(expected);
        assertThat(changedMind).isEqualTo(expected);
        assertThat(closure.state()).isEqualTo(ClosureState.PENDING);
        assertThat(closure.awaited()).containsExactly(RISK, REPORTING);
        assertThat(closure.answers()).hasSize(1);
        assertThat(closure.answers().get(0).outcome()).isEqualTo(AnswerOutcome.COMPLETED);
        assertThat(closure.answers().get(0).recordedAt()).isEqualTo(minute(1));
    }

    @Test
    void anAnswerFromAServiceThatIsNotAParticipantIsIgnored() {
        Closure closure = open();

        AnswerEffect effect = accept(closure, completed("billing-service", minute(1)), minute(1));

        assertThat(effect).isEqualTo(new Ignored(NOT_A_PARTICIPANT, "billing-service is not a participant; the"
                + " closure expects answers from resources-service, risk-service, reporting-service"));
        assertThat(closure.answers()).isEmpty();
        assertThat(closure.awaited()).containsExactly(RESOURCES, RISK, REPORTING);
    }

    @Test
    void anAnswerForAnotherProjectIsIgnored() {
        Closure closure = open();
        UUID other = UUID.fromString("0c7d3e8a-6f21-4b7e-9d4c-1a2b3c4d5e6f");
        ParticipantAnswer answer = new ParticipantAnswer(other, RESOURCES, AnswerOutcome.COMPLETED, null, "Done", "{}",
                UUID.randomUUID(), minute(1));

        AnswerEffect effect = accept(closure, answer, minute(1));

        assertThat(effect).isEqualTo(new Ignored(WRONG_PROJECT, "The closure belongs to project " + PROJECT
                + ", not " + other));
        assertThat(closure.answers()).isEmpty();
        assertThat(closure.state()).isEqualTo(ClosureState.PENDING);
    }

    @Test
    void answersToAnAttemptThatHasEndedAreIgnored() {
        Closure failedClosure = open();
        accept(failedClosure, failed(RISK, "Open risk R-12 has no owner"), minute(1));
        Closure completedClosure = open();
        PARTICIPANTS.forEach(p -> accept(completedClosure, completed(p, minute(1)), minute(1)));
        Closure timedOutClosure = open();
        timedOutClosure.timeOut(DEADLINE);

        assertThat(accept(failedClosure, completed(RESOURCES, minute(2)), minute(2)))
                .isEqualTo(new Ignored(ENDED, "The closure is already FAILED"));
        assertThat(accept(completedClosure, failed(RISK, "late doubts"), minute(2)))
                .isEqualTo(new Ignored(ENDED, "The closure is already COMPLETED"));
        assertThat(accept(timedOutClosure, completed(RESOURCES, minute(20)), minute(20)))
                .isEqualTo(new Ignored(ENDED, "The closure is already TIMED_OUT"));

        assertThat(answered(failedClosure)).containsExactly(RISK);
        assertThat(answered(completedClosure)).containsExactly(RESOURCES, RISK, REPORTING);
        assertThat(timedOutClosure.answers()).isEmpty();
        assertThat(failedClosure.endedAt()).isEqualTo(minute(1));
        assertThat(timedOutClosure.endedAt()).isEqualTo(DEADLINE);
    }

    @Test
    void theProjectThenTheParticipantAreCheckedBeforeWhetherTheAttemptHasEnded() {
        Closure closure = open();
        accept(closure, failed(RISK, "Open risk R-12 has no owner"), minute(1));
        UUID other = UUID.fromString("0c7d3e8a-6f21-4b7e-9d4c-1a2b3c4d5e6f");
        ParticipantAnswer otherProject = new ParticipantAnswer(other, "billing-service", AnswerOutcome.COMPLETED, null,
                "Done", "{}", UUID.randomUUID(), minute(2));

        assertThat(accept(closure, otherProject, minute(2)))
                .isEqualTo(new Ignored(WRONG_PROJECT, "The closure belongs to project " + PROJECT + ", not " + other));
        assertThat(accept(closure, completed("billing-service", minute(2)), minute(2)))
                .isEqualTo(new Ignored(NOT_A_PARTICIPANT, "billing-service is not a participant; the closure expects"
                        + " answers from resources-service, risk-service, reporting-service"));
    }

    @Test
    void redeliveriesAndAnswersToEndedAttemptsAreRoutineTheOthersPointAtAMisroutedAnswer() {
        assertThat(ENDED.isRoutine()).isTrue();
        assertThat(ALREADY_ANSWERED.isRoutine()).isTrue();
        assertThat(WRONG_PROJECT.isRoutine()).isFalse();
        assertThat(NOT_A_PARTICIPANT.isRoutine()).isFalse();
    }

    // --- the deadline -------------------------------------------------------------------------------------------

    @Test
    void anAnswerAtTheDeadlineDoesNotCountAndTimesTheAttemptOut() {
        Closure closure = open();
        accept(closure, completed(RESOURCES, minute(1)), minute(1));

        AnswerEffect effect = accept(closure, completed(RISK, minute(9)), DEADLINE);

        assertThat(effect).isEqualTo(new TimedOut("The answer came too late: the deadline was 2027-12-01T09:10:00Z;"
                + " the closure timed out", List.of(RISK, REPORTING)));
        assertThat(closure.state()).isEqualTo(ClosureState.TIMED_OUT);
        assertThat(closure.failureReason())
                .isEqualTo("No answer from risk-service, reporting-service before the deadline 2027-12-01T09:10:00Z");
        assertThat(closure.endedAt()).isEqualTo(DEADLINE);
        assertThat(answered(closure)).containsExactly(RESOURCES);
        assertThat(closure.awaited()).isEmpty();
    }

    @Test
    void theDeadlineComesBeforeTheRedeliveryCheck() {
        Closure closure = open();
        ParticipantAnswer answer = completed(RESOURCES, minute(1));
        accept(closure, answer, minute(1));

        AnswerEffect effect = accept(closure, answer, minute(11));

        assertThat(effect).isInstanceOf(TimedOut.class);
        assertThat(((TimedOut) effect).missing()).containsExactly(RISK, REPORTING);
        assertThat(closure.state()).isEqualTo(ClosureState.TIMED_OUT);
    }

    @Test
    void anOverdueAttemptTimesOutNamingWhoDidNotAnswer() {
        Closure closure = open();
        accept(closure, completed(RISK, minute(1)), minute(1));

        List<String> missing = closure.timeOut(minute(12));

        assertThat(missing).containsExactly(RESOURCES, REPORTING);
        assertThat(closure.state()).isEqualTo(ClosureState.TIMED_OUT);
        assertThat(closure.failureReason()).isEqualTo(
                "No answer from resources-service, reporting-service before the deadline 2027-12-01T09:10:00Z");
        assertThat(closure.endedAt()).isEqualTo(minute(12));
        assertThat(closure.awaited()).isEmpty();
        assertThat(closure.isOverdue(minute(12))).as("an ended attempt is never overdue").isFalse();
        assertThat(closure.progress()).isEqualTo("closure " + closure.id() + " timed out (No answer from"
                + " resources-service, reporting-service before the deadline 2027-12-01T09:10:00Z);"
                + " request the closure again");
    }

    @Test
    void onlyAnOverdueAttemptTimesOutAndOnlyOnce() {
        Closure closure = open();

        assertThatThrownBy(() -> closure.timeOut(minute(9)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Closure " + closure.id() + " waits for answers until 2027-12-01T09:10:00Z;"
                        + " at 2027-12-01T09:09:00Z it cannot time out");
        assertThat(closure.state()).isEqualTo(ClosureState.PENDING);

        closure.timeOut(DEADLINE);
        assertThatThrownBy(() -> closure.timeOut(minute(11)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Closure " + closure.id() + " is already TIMED_OUT");
        assertThat(closure.endedAt()).isEqualTo(DEADLINE);
    }

    @Test
    void aCompletedOrFailedAttemptDoesNotTimeOut() {
        Closure closure = open();
        accept(closure, failed(RISK, "Open risk R-12 has no owner"), minute(1));

        assertThatThrownBy(() -> closure.timeOut(minute(11)))
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Closure " + closure.id() + " is already FAILED");
        assertThat(closure.failureReason()).isEqualTo("risk-service: Open risk R-12 has no owner");
    }

    // --- storage ------------------------------------------------------------------------------------------------

    @Test
    void participantsAreStoredCommaSeparatedInTheOrderAsked() {
        ParticipantsColumn column = new ParticipantsColumn();

        assertThat(column.convertToDatabaseColumn(PARTICIPANTS))
                .isEqualTo("resources-service,risk-service,reporting-service");
        assertThat(column.convertToEntityAttribute("resources-service,risk-service,reporting-service"))
                .containsExactly(RESOURCES, RISK, REPORTING);
        assertThat(column.convertToEntityAttribute("resources-service,,risk-service,"))
                .containsExactly(RESOURCES, RISK);
    }
}
