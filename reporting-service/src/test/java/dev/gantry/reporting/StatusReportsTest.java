package dev.gantry.reporting;

import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.Topics;
import dev.gantry.contracts.reporting.StatusReportPublished;
import dev.gantry.reporting.status.StatusHistory;
import dev.gantry.reporting.statusreport.StatusReports;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.MovableClock;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * PDF status reports through REST, from events on the real broker: generated on request and weekly (once per week),
 * kept and listed, announced with StatusReportPublished; the PDF opens with PDFBox and has its three pages with the
 * expected text, the charts' text included (they are vector graphics, not pictures). The portfolio PDF too. The PDFs
 * are written to target/reports, to look at.
 */
@QuarkusTest
class StatusReportsTest {

    private static final KafkaTestClient kafka = Broker.kafka();
    private static final Path OUT = Path.of("target", "reports");

    @Inject
    StatusReports reports;

    @Inject
    StatusHistory history;

    @AfterEach
    void clockBack() {
        MovableClock.reset();
    }

    private static String text(byte[] pdf, String file) throws Exception {
        Files.createDirectories(OUT);
        Files.write(OUT.resolve(file), pdf);
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    private static int pages(byte[] pdf) throws Exception {
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return doc.getNumberOfPages();
        }
    }

    @Test
    void aReportOnRequestHasItsPagesTextAndChartsAndIsKeptAndAnnounced() throws Exception {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        UUID project = UUID.randomUUID();
        String manager = StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        String base = "/api/reports/projects/" + project;
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            JsonPath status = as(manager, "project-manager").get(base + "/status").then().statusCode(200).extract()
                    .jsonPath();
            assertThat(status.getString("plan.version")).isEqualTo("12");
            assertThat(status.getInt("actionItems.open")).isEqualTo(1);
            // The risks come on their own topic: wait for both open ones, and for the third one's closure.
            assertThat(status.getInt("openRisks")).isEqualTo(2);
            assertThat(status.getList("topRisks.riskKey")).containsExactly("R-1", "R-2");
            as(manager, "project-manager").get(base + "/charts/s-curve").then().statusCode(200);
        });

        JsonPath made = as(manager, "project-manager").post(base + "/status-reports").then().statusCode(201)
                .extract().jsonPath();
        String path = made.getString("path");
        assertThat(made.getString("kind")).isEqualTo("ON_REQUEST");
        assertThat(made.getString("asOf")).isEqualTo("2027-01-18");
        assertThat(made.getInt("pages")).isEqualTo(3);
        byte[] pdf = as(manager, "project-manager").get(path).then().statusCode(200).contentType("application/pdf")
                .extract().asByteArray();
        assertThat(pages(pdf)).isEqualTo(3);
        String text = text(pdf, "status-report.pdf");
        assertThat(text).contains("Status " + project, "Status report as of 18 Jan 2027", "Overall:",
                "Ratings and their reasons", "Schedule", "Cost", "Resources", "Milestones", "Go-live",
                "Earned value", "SPI", "CPI", "Schedule: the next eight weeks", "Risks",
                "Vendor cannot deliver the switches", "Open action items", "Book the test lab", "page 1 of 3");
        // The charts are vector drawings with real text: the S-curve's legend, the Gantt's tasks, the heat map's axes.
        assertThat(text).contains("Planned value (PV)", "Earned value (EV)", "1  Release", "1.2  Test",
                "Critical path", "Impact");
        // The Gantt shows the next eight weeks: Build finished before them.
        assertThat(text).doesNotContain("1.1  Build");

        JsonPath listed = as(manager, "project-manager").get(base + "/status-reports").then().statusCode(200)
                .extract().jsonPath();
        assertThat(listed.getInt("totalItems")).isEqualTo(1);
        assertThat(listed.getString("items[0].id")).isEqualTo(made.getString("id"));
        as(manager, "project-manager").get(base + "/status-reports/" + made.getString("id")).then().statusCode(200);
        as("stranger", "project-manager").get(path).then().statusCode(404);
        as("stranger", "project-manager").post(base + "/status-reports").then().statusCode(404);

        List<ConsumerRecord<String, String>> published = kafka.awaitRecords(Topics.REPORTING, r -> r.value() != null
                && r.value().contains(made.getString("id")), 1, Duration.ofSeconds(30));
        StatusReportPublished event = EventJson.mapper().readValue(published.get(0).value(),
                StatusReportPublished.class);
        assertThat(event.projectId()).isEqualTo(project);
        assertThat(event.kind()).isEqualTo("ON_REQUEST");
        assertThat(event.path()).isEqualTo(path);
        assertThat(event.pages()).isEqualTo(3);
        assertThat(event.requestedBy()).isEqualTo(manager);

        // The weekly report: once per project and week, whoever asks again.
        LocalDate today = LocalDate.of(2027, 1, 20);
        assertThat(reports.weekly(project, today)).get().extracting(StatusReports.Info::kind).isEqualTo("WEEKLY");
        assertThat(reports.weekly(project, today.plusDays(2))).isEmpty();
        assertThat(as(manager, "project-manager").get(base + "/status-reports").then().statusCode(200).extract()
                .jsonPath().getInt("totalItems")).isEqualTo(2);
    }

    @Test
    void thePortfolioAsOnePdf() throws Exception {
        MovableClock.set(Instant.parse("2027-01-18T12:00:00Z"));
        UUID project = UUID.randomUUID();
        String manager = StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as(manager, "project-manager")
                .get("/api/reports/projects/" + project + "/status").then().statusCode(200).extract().jsonPath()
                .getInt("openRisks")).isEqualTo(2));
        history.takeDue();
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> assertThat(as("pmo", "pmo")
                .get("/api/reports/portfolio-status").then().statusCode(200).extract().asString())
                .contains(project.toString()));
        byte[] pdf = as("pmo", "pmo").get("/api/reports/portfolio-status/pdf").then()
                .statusCode(200).contentType("application/pdf").extract().asByteArray();
        String text = text(pdf, "portfolio-status.pdf");
        assertThat(text).contains("Portfolio status", "As of 18 Jan 2027", "Status " + project.toString().substring(0, 8),
                "Overall", "Resources", "System upgrade");
    }
}
