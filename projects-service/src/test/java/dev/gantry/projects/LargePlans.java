package dev.gantry.projects;

import org.mpxj.Duration;
import org.mpxj.writer.FileFormat;
import org.mpxj.ProjectCalendar;
import org.mpxj.ProjectFile;
import org.mpxj.Relation;
import org.mpxj.RelationType;
import org.mpxj.Task;
import org.mpxj.TaskMode;
import org.mpxj.TimeUnit;
import org.mpxj.writer.UniversalProjectWriter;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.Random;

/**
 * Plans of an ERP programme's size written as MS Project files: phases of 50 tasks, each task linked to two of the
 * previous 200 (80% FS, 20% SS, half with a lag of 1–5 days), durations of 1–10 days.
 */
final class LargePlans {

    private LargePlans() {
    }

    /** The plan as an MPX file (compact enough that 20,000 tasks stay well under the import size limit). */
    static byte[] mpx(int taskCount, long seed) throws Exception {
        Random r = new Random(seed);
        ProjectFile file = new ProjectFile();
        file.getProjectProperties().setStartDate(LocalDateTime.of(2027, 3, 1, 8, 0));
        ProjectCalendar calendar = file.addDefaultBaseCalendar();
        file.setDefaultCalendar(calendar);
        Task[] leaves = new Task[taskCount];
        Task phase = null;
        int uid = 1;
        for (int i = 0; i < taskCount; i++) {
            if (i % 50 == 0) {
                phase = file.addTask();
                init(phase, uid++, "Phase " + (i / 50 + 1), 0);
            }
            Task t = phase.addTask();
            init(t, uid++, "Task " + (i + 1), 1 + r.nextInt(10));
            leaves[i] = t;
        }
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
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new UniversalProjectWriter(FileFormat.MPX).write(file, out);
        return out.toByteArray();
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
