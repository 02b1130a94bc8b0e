package dev.gantry.risk;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleLink;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.scheduling.ScheduleResult;
import dev.gantry.scheduling.Scheduler;
import dev.gantry.scheduling.TaskSchedule;
import dev.gantry.scheduling.calendar.WorkingCalendar;
import dev.gantry.scheduling.model.DependencyType;
import dev.gantry.scheduling.model.Lag;
import dev.gantry.scheduling.model.PlanTask;
import dev.gantry.scheduling.model.ProjectPlan;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.ApiFixtures;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** A small project network published on the schedules topic as projects-service publishes it, and simulations of it. */
final class Networks {

    private static final LocalDateTime START = LocalDateTime.of(2027, 3, 1, 8, 0);
    static final long DAY = 480;
    private static final KafkaTestClient KAFKA = new KafkaTestClient(GantryTestResources.kafka());

    private Networks() {
    }

    private static RequestSpecification manager() {
        return TestTokens.as(ApiFixtures.MANAGER, "project-manager").contentType(ContentType.JSON);
    }

    static String simulations(UUID project) {
        return "/api/risks/projects/" + project + "/simulations";
    }

    /** A network: design (5 d) → build (10 d) → go-live, and docs (3 d) beside them, under one summary. */
    record Network(UUID project, UUID summary, UUID design, UUID build, UUID docs, UUID goLive, LocalDateTime finish) {
    }

    /** Publishes the network as projects-service does: tasks, links, computed dates, then the version record. */
    static Network publish(UUID project, boolean withholdOneTask) {
        UUID summary = UUID.randomUUID();
        UUID design = UUID.randomUUID();
        UUID build = UUID.randomUUID();
        UUID docs = UUID.randomUUID();
        UUID goLive = UUID.randomUUID();
        ProjectPlan plan = ProjectPlan.builder(START).defaultCalendar("standard")
                .calendar(WorkingCalendar.standard("standard"))
                .task(PlanTask.builder(summary.toString()).name("Upgrade").build())
                // A levelling delay the plan carries (two calendar days): the rebuilt network must keep it to agree
                // with the published dates.
                .task(PlanTask.builder(design.toString()).name("Design").parent(summary.toString()).duration(5 * DAY)
                        .levelingDelay(2 * 24 * 60, true).build())
                .task(PlanTask.builder(build.toString()).name("Build").parent(summary.toString()).duration(10 * DAY)
                        .build())
                .task(PlanTask.builder(docs.toString()).name("Docs").parent(summary.toString()).duration(3 * DAY)
                        .build())
                .task(PlanTask.builder(goLive.toString()).name("Go-live").milestone(true).build())
                .link(design.toString(), build.toString(), DependencyType.FINISH_TO_START, Lag.NONE)
                .link(build.toString(), goLive.toString(), DependencyType.FINISH_TO_START, Lag.NONE)
                .build();
        ScheduleResult result = new Scheduler().schedule(plan);
        long version = 3;
        List<GantryEvent> records = new ArrayList<>();
        int position = 0;
        for (PlanTask t : plan.tasks()) {
            records.add(new ScheduleTask(project, UUID.fromString(t.id()), version, t.name(),
                    t.parentId() == null ? null : UUID.fromString(t.parentId()), position++, null,
                    t.milestone(), Math.round(t.durationMinutes()), null, null, null, null, null, null, null, null, null, null,
                    null, null, null, null, null,
                    t.levelingDelayMinutes() > 0 ? t.levelingDelayMinutes() : null,
                    t.levelingDelayMinutes() > 0 ? t.levelingDelayElapsed() : null,
                    t.splitMinutes() > 0 ? t.splitMinutes() : null));
        }
        records.add(new ScheduleLink(project, UUID.randomUUID(), version, design, build, "FS", 0, "WORKING_MINUTES"));
        records.add(new ScheduleLink(project, UUID.randomUUID(), version, build, goLive, "FS", 0, "WORKING_MINUTES"));
        List<ScheduleDates.Computed> computed = new ArrayList<>();
        for (TaskSchedule s : result.tasks()) {
            computed.add(new ScheduleDates.Computed(UUID.fromString(s.id()), s.wbs(), s.outlineLevel(), s.summary(),
                    s.critical(), ScheduleDates.Computed.minute(s.start()), ScheduleDates.Computed.minute(s.finish()),
                    ScheduleDates.Computed.minute(s.earlyStart()), ScheduleDates.Computed.minute(s.earlyFinish()),
                    ScheduleDates.Computed.minute(s.lateStart()), ScheduleDates.Computed.minute(s.lateFinish()),
                    s.durationMinutes(), s.totalSlackMinutes(), s.freeSlackMinutes()));
        }
        records.add(new ScheduleDates(project, 0, version, computed));
        if (withholdOneTask) {
            records.remove(1);
        }
        records.add(new ScheduleVersion(project, version, result.projectStart(), result.projectFinish(), null, null,
                Instant.now(), 5, 2, 0, 1, 8, 0, START, null));
        for (GantryEvent record : records) {
            KAFKA.send(Topics.PROJECT_SCHEDULES, 0, record.key(), TestEvents.json(record),
                    TestEvents.headers(record, UUID.randomUUID(), "projects-service"));
        }
        return new Network(project, summary, design, build, docs, goLive, result.projectFinish());
    }

    /** Queues a simulation once the schedule has arrived; answers its location. */
    static String start(UUID project, Map<String, Object> body) {
        String[] location = new String[1];
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            var response = manager().body(body).post(simulations(project)).then().extract();
            if (response.statusCode() == 409) {
                return false;
            }
            assertThat(response.statusCode()).as(response.body().asString()).isEqualTo(202);
            location[0] = response.header("Location");
            return true;
        });
        return location[0];
    }

    static JsonPath awaitEnd(String location) {
        JsonPath[] found = new JsonPath[1];
        await().atMost(Duration.ofSeconds(60)).pollInterval(Duration.ofMillis(200)).until(() -> {
            found[0] = manager().get(location).then().statusCode(200).extract().jsonPath();
            String status = found[0].getString("status");
            return !status.equals("QUEUED") && !status.equals("RUNNING");
        });
        return found[0];
    }

    /**
     * Publishes a next version of the network with a link from the go-live back to the design: a loop, which the
     * engine refuses, so that a simulation queued from then on fails quickly and publishes nothing. Answers once one
     * has failed so.
     */
    static void publishLoop(Network n) {
        long version = 4;
        List<GantryEvent> records = List.of(
                new ScheduleLink(n.project(), UUID.randomUUID(), version, n.goLive(), n.design(), "FS", 0,
                        "WORKING_MINUTES"),
                new ScheduleVersion(n.project(), version, START, n.finish(), null, null, Instant.now(), 5, 3, 0, 1, 1,
                        0, START, null));
        for (GantryEvent record : records) {
            KAFKA.send(Topics.PROJECT_SCHEDULES, 0, record.key(), TestEvents.json(record),
                    TestEvents.headers(record, UUID.randomUUID(), "projects-service"));
        }
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonPath ended = awaitEnd(start(n.project(), Map.of("iterations", 100)));
            return ended.getString("status").equals("FAILED")
                    && ended.getString("failure").startsWith("The project's network cannot be scheduled");
        });
    }
}
