package dev.gantry.reporting;

import dev.gantry.contracts.Topics;
import dev.gantry.contracts.resources.PersonChanged;
import dev.gantry.contracts.risk.SimulationCompleted;
import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.contracts.schedule.ScheduleKeys;
import dev.gantry.contracts.schedule.ScheduleTask;
import dev.gantry.contracts.schedule.ScheduleVersion;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.MovableClock;
import dev.gantry.testing.TestEvents;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static dev.gantry.reporting.EarnedValueEventsTest.A;
import static dev.gantry.reporting.EarnedValueEventsTest.B;
import static dev.gantry.reporting.EarnedValueEventsTest.C;
import static dev.gantry.reporting.EarnedValueEventsTest.S;
import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The SVG charts through REST, from events on the real broker: each is a well-formed SVG document with the elements
 * its reader needs — a bar per task with the critical ones marked, axes, legends, the cells of the heat map, the
 * histogram's bars — for a small plan and for a 2,000-task one, and who may see them. The SVGs are also written to
 * target/charts, to look at (docs/operations.md says how to render them).
 */
@QuarkusTest
class ChartsTest {

    private static final KafkaTestClient kafka = Broker.kafka();
    private static final Path OUT = Path.of("target", "charts");

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private static Document svg(ExtractableResponse<Response> response, String file) throws Exception {
        assertThat(response.contentType()).startsWith("image/svg+xml");
        byte[] body = response.asByteArray();
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(file), body);
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        Document doc = factory.newDocumentBuilder().parse(new ByteArrayInputStream(body));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        return doc;
    }

    private static List<Element> groups(Document doc, String classWord) {
        List<Element> found = new ArrayList<>();
        NodeList all = doc.getElementsByTagNameNS("*", "g");
        for (int i = 0; i < all.getLength(); i++) {
            Element g = (Element) all.item(i);
            if (List.of(g.getAttribute("class").split(" ")).contains(classWord)) {
                found.add(g);
            }
        }
        return found;
    }

    private static String text(Document doc) {
        StringBuilder all = new StringBuilder();
        NodeList texts = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < texts.getLength(); i++) {
            all.append(texts.item(i).getTextContent()).append('\n');
        }
        return all.toString();
    }

    private static int count(Element within, String tag) {
        return within.getElementsByTagNameNS("*", tag).getLength();
    }

    @Test
    void aProjectsGanttSCurveHeatMapAndSimulationAreWellFormedSvgs() throws Exception {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        UUID project = UUID.randomUUID();
        String manager = StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        String charts = "/api/reports/projects/" + project + "/charts/";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            as(manager, "project-manager").get(charts + "gantt").then().statusCode(200);
            as(manager, "project-manager").get(charts + "s-curve").then().statusCode(200);
        });

        // Gantt: a row per task, B and its milestone C critical, S a summary; baselines, the axis, today, a legend.
        Document gantt = svg(as(manager, "project-manager").get(charts + "gantt").then().extract(), "gantt-small.svg");
        List<String> rows = new ArrayList<>();
        for (String kind : List.of("task", "summary", "milestone")) {
            groups(gantt, kind).forEach(g -> rows.add(g.getAttribute("id")));
        }
        assertThat(rows).containsExactlyInAnyOrder("task-" + S, "task-" + A, "task-" + B, "task-" + C);
        assertThat(groups(gantt, "critical")).extracting(g -> g.getAttribute("id"))
                .containsExactlyInAnyOrder("task-" + B, "task-" + C);
        for (Element bar : groups(gantt, "task")) {
            assertThat(count(bar, "rect") + count(bar, "path")).as("a bar in " + bar.getAttribute("id"))
                    .isPositive();
        }
        assertThat(groups(gantt, "baseline")).as("baseline bars").isNotEmpty();
        assertThat(groups(gantt, "time-axis")).hasSize(1);
        assertThat(groups(gantt, "today")).hasSize(1);
        assertThat(text(gantt)).contains("Status " + project + " — schedule", "Schedule version 12", "Build", "Test",
                "Go-live", "Critical path", "Baseline", "Today", "Jan");

        // S-curve: the three curves and the status date, with a legend and axes.
        Document sCurve = svg(as(manager, "project-manager").get(charts + "s-curve").then().extract(),
                "s-curve.svg");
        assertThat(groups(sCurve, "s-curve")).hasSize(1);
        assertThat(text(sCurve)).contains("earned value", "Planned value (PV)", "Earned value (EV)",
                "Actual cost (AC)", "Forecast cost", "Status date", "Week ending", "16,000");
        assertThat(count(sCurve.getDocumentElement(), "path")).as("curves").isGreaterThanOrEqualTo(3);

        // Heat map: a 5 × 5 grid; the two open risks in their cells (the closed one is not counted).
        // The risks arrive on their own topic, so the map is awaited until both open risks (and the closure) are in.
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            Document heat = svg(as(manager, "project-manager").get(charts + "risk-heat-map").then().extract(),
                    "risk-heat-map.svg");
            assertThat(groups(heat, "cell")).hasSize(25);
            assertThat(groups(heat, "critical")).extracting(g -> g.getAttribute("id")).containsExactly("cell-5-4");
            assertThat(groups(heat, "high")).extracting(g -> g.getAttribute("id")).containsExactly("cell-4-3");
            assertThat(text(heat)).contains("2 open risks", "Impact →", "Probability →", "Critical (1)",
                    "High (1)");
        });

        // Simulation: none yet; then risk-service's SimulationCompleted: bars, the curve, P50 and P80 marked.
        as(manager, "project-manager").get(charts + "simulation").then().statusCode(404);
        List<SimulationCompleted.Bin> bins = new ArrayList<>();
        LocalDateTime from = LocalDateTime.of(2027, 2, 1, 8, 0);
        int[] counts = {2, 9, 25, 60, 110, 160, 190, 170, 120, 80, 40, 20, 8, 4, 1, 1};
        int done = 0;
        for (int i = 0; i < counts.length; i++) {
            done += counts[i];
            bins.add(new SimulationCompleted.Bin(from.plusDays(i), from.plusDays(i + 1), counts[i], done / 1000.0));
        }
        TestEvents.send(kafka, new SimulationCompleted(project, UUID.randomUUID(), 12, 1000, 7,
                LocalDateTime.of(2027, 2, 3, 17, 0), LocalDateTime.of(2027, 1, 24, 17, 0), from.plusDays(3),
                from.plusDays(6), from.plusDays(8), from.plusDays(9), from.plusDays(10), 0.04, 0.0,
                List.of(new SimulationCompleted.Driver(B, "Test", 0.8, 0.95)), bins, "risk-lead", Instant.now()));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(manager, "project-manager").get(charts + "simulation").then().statusCode(200));
        Document simulation = svg(as(manager, "project-manager").get(charts + "simulation").then().extract(),
                "simulation.svg");
        assertThat(groups(simulation, "simulation")).hasSize(1);
        assertThat(text(simulation)).contains("when will it finish?", "1,000 iterations", "P50", "P80", "Planned",
                "Baseline", "Iterations", "Share finished by the date (%)");
        assertThat(count(simulation.getDocumentElement(), "rect")).as("bars").isGreaterThanOrEqualTo(counts.length);

        // Who may see them: not a stranger; bad parameters are refused.
        as("stranger", "project-manager").get(charts + "gantt").then().statusCode(404);
        as(manager, "project-manager").queryParam("width", 10).get(charts + "gantt").then().statusCode(400)
                .contentType("application/problem+json");
        as(manager, "project-manager").queryParam("from", "2027-03-01").queryParam("to", "2027-02-01")
                .get(charts + "gantt").then().statusCode(400);
        // A window keeps the tasks in it: Jan 25 - Jan 31 has the summary and B.
        Document window = svg(as(manager, "project-manager").queryParam("from", "2027-01-25")
                .queryParam("to", "2027-01-31").get(charts + "gantt").then().statusCode(200).extract(),
                "gantt-window.svg");
        List<String> inWindow = new ArrayList<>();
        for (String kind : List.of("task", "summary", "milestone")) {
            groups(window, kind).forEach(g -> inWindow.add(g.getAttribute("id")));
        }
        assertThat(inWindow).containsExactlyInAnyOrder("task-" + S, "task-" + B);
    }

    @Test
    void aTwoThousandTaskPlanKeepsToItsOutlineAndCriticalPath() throws Exception {
        MovableClock.set(Instant.parse("2027-03-01T12:00:00Z"));
        UUID project = UUID.randomUUID();
        String manager = "pm-" + project;
        TestEvents.send(kafka, ReportingEventsTest.created(project, "Data-centre exit " + project, manager));
        int phases = 20;
        int perPhase = 99;
        long version = 3;
        List<ScheduleTask> tasks = new ArrayList<>();
        List<ScheduleDates.Computed> computed = new ArrayList<>();
        LocalDateTime start = LocalDateTime.of(2027, 1, 4, 8, 0);
        int critical = 0;
        for (int p = 0; p < phases; p++) {
            UUID phase = UUID.randomUUID();
            LocalDateTime phaseStart = start.plusWeeks(p * 3L);
            tasks.add(task(project, phase, null, "Wave " + (p + 1), version));
            computed.add(dates(phase, (p + 1) + "", true, false, phaseStart, phaseStart.plusWeeks(4)));
            for (int t = 0; t < perPhase; t++) {
                UUID id = UUID.randomUUID();
                boolean onPath = t % 11 == 0;
                critical += onPath ? 1 : 0;
                LocalDateTime s = phaseStart.plusDays(t % 20);
                tasks.add(task(project, id, phase, "Migrate server " + (p * perPhase + t + 1), version));
                computed.add(dates(id, (p + 1) + "." + (t + 1), false, onPath, s, s.plusDays(3 + t % 5)));
            }
        }
        int segments = ScheduleDates.segmentsFor(tasks.size(), 0);
        for (ScheduleTask t : tasks) {
            kafka.send(Topics.PROJECT_SCHEDULES, 0, t.key(), TestEvents.json(t),
                    TestEvents.headers(t, UUID.randomUUID(), "projects-service"));
        }
        for (int s = 0; s < segments; s++) {
            int segment = s;
            ScheduleDates page = new ScheduleDates(project, segment, version, computed.stream()
                    .filter(c -> ScheduleDates.segmentOf(c.taskId(), segments) == segment).toList());
            kafka.send(Topics.PROJECT_SCHEDULES, 0, ScheduleKeys.dates(project, segment), TestEvents.json(page),
                    TestEvents.headers(page, UUID.randomUUID(), "projects-service"));
        }
        LocalDateTime finish = start.plusWeeks(phases * 3L + 1);
        ScheduleVersion header = new ScheduleVersion(project, version, start, finish, null, null, Instant.now(),
                tasks.size(), 0, 0, segments, tasks.size() + segments, 0, start, null);
        kafka.send(Topics.PROJECT_SCHEDULES, 0, project.toString(), TestEvents.json(header),
                TestEvents.headers(header, UUID.randomUUID(), "projects-service"));

        String gantt = "/api/reports/projects/" + project + "/charts/gantt";
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> assertThat(
                as(manager, "project-manager").get(gantt).then().statusCode(200).extract().asString())
                .contains("2000 tasks"));
        Document doc = svg(as(manager, "project-manager").get(gantt).then().extract(), "gantt-large.svg");
        int expected = phases + critical;
        assertThat(groups(doc, "summary")).hasSize(phases);
        assertThat(groups(doc, "critical")).hasSize(critical);
        assertThat(text(doc)).contains("showing " + expected + " of 2000 tasks", "Wave 20");
        Document all = svg(as(manager, "project-manager").queryParam("maxRows", 5000).get(gantt).then().extract(),
                "gantt-large-all.svg");
        assertThat(groups(all, "task")).hasSize(phases * perPhase);
        // The next eight weeks of it, as the status report shows them.
        svg(as(manager, "project-manager").queryParam("from", "2027-03-01").queryParam("to", "2027-04-25")
                .get(gantt).then().statusCode(200).extract(), "gantt-large-8-weeks.svg");
        // And its PDF status report: the Gantt page keeps to the outline and the critical path of those weeks.
        String path = as(manager, "project-manager").post("/api/reports/projects/" + project + "/status-reports")
                .then().statusCode(201).extract().path("path");
        byte[] pdf = as(manager, "project-manager").get(path).then().statusCode(200).extract().asByteArray();
        Files.createDirectories(Path.of("target", "reports"));
        Files.write(Path.of("target", "reports", "status-report-large.pdf"), pdf);
        try (var report = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(report.getNumberOfPages()).isEqualTo(3);
            String text = new org.apache.pdfbox.text.PDFTextStripper().getText(report);
            assertThat(text).contains("Data-centre exit", "Schedule: the next eight weeks", "2000 tasks", "showing",
                    "the top two levels, milestones and the critical path");
        }
    }

    @Test
    void utilisationPerPersonAndWeek() throws Exception {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        UUID project = UUID.randomUUID();
        StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        String team = "Charts " + project;
        List<String> days = List.of("MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY");
        UUID dana = UUID.randomUUID();
        UUID omar = UUID.randomUUID();
        TestEvents.send(kafka, new PersonChanged(dana, 1, "Dana Dev", null, team, "TESTER", new BigDecimal("40"),
                days, Instant.now()));
        TestEvents.send(kafka, new PersonChanged(omar, 1, "Omar Ops", null, team, "SYSTEM_ADMINISTRATOR",
                new BigDecimal("40"), days, Instant.now()));
        TestEvents.send(kafka, MyWorkTest.allocation(project, UUID.randomUUID(), 1, dana, "dana", null, 18, 29, "150"));
        TestEvents.send(kafka, MyWorkTest.allocation(project, UUID.randomUUID(), 1, omar, "omar", null, 18, 22, "60"));
        String path = "/api/reports/charts/utilisation";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as("rm", "resource-manager")
                .queryParam("from", "2027-01-18").queryParam("weeks", 4).queryParam("team", team).get(path).then()
                .statusCode(200).extract().asString()).contains("Omar Ops").contains("Dana Dev"));
        Document doc = svg(as("rm", "resource-manager").queryParam("from", "2027-01-18").queryParam("weeks", 4)
                .queryParam("team", team).get(path).then().extract(), "utilisation.svg");
        assertThat(groups(doc, "week")).hasSize(8);
        assertThat(groups(doc, "over")).as("Dana's two weeks at 150 %").hasSize(2);
        assertThat(text(doc)).contains("Utilisation — " + team, "2 people", "Over 110 %", "150%", "60%");
        as("someone", "member").get(path).then().statusCode(403);
        as("rm", "resource-manager").queryParam("weeks", 27).get(path).then().statusCode(400);
    }

    private static ScheduleTask task(UUID project, UUID id, UUID parent, String name, long version) {
        return new ScheduleTask(project, id, version, name, parent, 0, null, false, 2400, null, null, null, null,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ScheduleDates.Computed dates(UUID id, String wbs, boolean summary, boolean critical,
                                                LocalDateTime start, LocalDateTime finish) {
        long s = ScheduleDates.Computed.minute(start);
        long f = ScheduleDates.Computed.minute(finish);
        return new ScheduleDates.Computed(id, wbs, wbs.split("\\.").length, summary, critical, s, f, s, f, s, f,
                f - s, critical ? 0 : 960, 0);
    }
}
