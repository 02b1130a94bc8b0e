package dev.gantry.scheduling;

import java.time.LocalDateTime;

/**
 * The computed schedule of one task. Dates are in the project's local time. Slack is in working minutes
 * on the task's calendar (also for elapsed-duration tasks, as MS Project does) and negative when a constraint or a
 * deadline cannot be met.
 *
 * @param id                the task's id in the plan
 * @param name              its name
 * @param parentId          its summary task, or null
 * @param wbs               WBS code (given, or numbered from the outline)
 * @param outlineLevel      1 for top-level tasks
 * @param summary           has subtasks; dates rolled up from them
 * @param milestone         a milestone
 * @param manual            manually scheduled (kept where the planner put it)
 * @param start             scheduled start: actual start, else late start for ALAP tasks, else early start
 * @param finish            scheduled finish, likewise
 * @param earlyStart        earliest start the network and constraints allow
 * @param earlyFinish       earliest finish
 * @param lateStart         latest start that does not delay the project finish (or a constraint/deadline)
 * @param lateFinish        latest finish
 * @param durationMinutes   the task's duration (for a summary, working time from start to finish)
 * @param totalSlackMinutes how much the task can slip without delaying the project
 * @param freeSlackMinutes  how much the task can slip without delaying any successor
 * @param critical          on the critical path (total slack ≤ 0, not complete)
 */
public record TaskSchedule(String id, String name, String parentId, String wbs, int outlineLevel, boolean summary, boolean milestone,
                           boolean manual, LocalDateTime start, LocalDateTime finish, LocalDateTime earlyStart,
                           LocalDateTime earlyFinish, LocalDateTime lateStart, LocalDateTime lateFinish, long durationMinutes,
                           long totalSlackMinutes, long freeSlackMinutes, boolean critical) {
}
