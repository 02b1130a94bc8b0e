package dev.gantry.bench.scheduling;

import org.mpxj.Duration;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;

import java.time.LocalDateTime;
import java.util.Random;

/**
 * The generated networks of the benchmark, built as MPXJ projects (Gantry's plan is converted from the
 * same project, so both schedulers see identical input). {@code bench/run bigproject} imports the same shape
 * through the API.
 */
public final class BenchNetwork {

    public static final LocalDateTime START = LocalDateTime.of(2026, 1, 5, 8, 0);

    public final String name;
    public final ProjectFile project;
    public final int tasks;
    public final int links;

    private BenchNetwork(String name, ProjectFile project, int tasks, int links) {
        this.name = name;
        this.project = project;
        this.tasks = tasks;
        this.links = links;
    }

    /**
     * {@code taskCount} tasks, each with two predecessors drawn from the previous 200 tasks (80% FS,
     * 20% SS, half with a 1–5 working-day lag); optionally grouped under {@code summaries} summary tasks.
     */
    public static BenchNetwork random(String name, int taskCount, int summaries, long seed) {
        Random r = new Random(seed);
        ProjectFile file = newProject();
        Task[] leaves = new Task[taskCount];
        int perSummary = summaries == 0 ? 0 : (taskCount + summaries - 1) / summaries;
        Task summary = null;
        int uid = 1;
        for (int i = 0; i < taskCount; i++) {
            if (summaries > 0 && i % perSummary == 0) {
                summary = file.addTask();
                init(summary, uid++, "Phase " + (i / perSummary + 1), 0);
                summary.setSummary(true);
            }
            Task t = summary == null ? file.addTask() : summary.addTask();
            init(t, uid++, "Task " + (i + 1), 1 + r.nextInt(10));
            leaves[i] = t;
        }
        int links = 0;
        for (int i = 1; i < taskCount; i++) {
            int first = -1;
            for (int k = 0; k < 2; k++) {
                int p = Math.max(0, i - 1 - r.nextInt(Math.min(200, i)));
                if (p == first) {
                    continue;
                }
                first = p;
                RelationType type = r.nextInt(5) == 0 ? RelationType.START_START : RelationType.FINISH_START;
                Duration lag = Duration.getInstance(r.nextBoolean() ? 1 + r.nextInt(5) : 0, TimeUnit.DAYS);
                leaves[i].addPredecessor(new Relation.Builder().predecessorTask(leaves[p]).type(type).lag(lag));
                links++;
            }
        }
        return new BenchNetwork(name, file, taskCount, links);
    }

    /** A single chain of finish-to-start links. */
    public static BenchNetwork chain(String name, int taskCount, long seed) {
        Random r = new Random(seed);
        ProjectFile file = newProject();
        Task previous = null;
        for (int i = 0; i < taskCount; i++) {
            Task t = file.addTask();
            init(t, i + 1, "Task " + (i + 1), 1 + r.nextInt(3));
            if (previous != null) {
                t.addPredecessor(new Relation.Builder().predecessorTask(previous).type(RelationType.FINISH_START)
                        .lag(Duration.getInstance(0, TimeUnit.DAYS)));
            }
            previous = t;
        }
        return new BenchNetwork(name, file, taskCount, taskCount - 1);
    }

    private static ProjectFile newProject() {
        ProjectFile file = new ProjectFile();
        file.getProjectProperties().setStartDate(START);
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        return file;
    }

    private static void init(Task t, int uid, String name, int days) {
        t.setUniqueID(uid);
        t.setID(uid);
        t.setName(name);
        t.setTaskMode(TaskMode.AUTO_SCHEDULED);
        Duration d = Duration.getInstance(days, TimeUnit.DAYS);
        t.setDuration(d);
        t.setActualDuration(Duration.getInstance(0, TimeUnit.DAYS));
        t.setRemainingDuration(d);
        t.setPercentageComplete(0);
    }
}
