package dev.gantry.projects;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.contracts.Topics;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import io.quarkus.test.junit.QuarkusTest;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.mpxj.Duration;
import org.mpxj.ProjectFile;
import org.mpxj.Resource;
import org.mpxj.ResourceAssignment;
import org.mpxj.Task;
import org.mpxj.TimeUnit;
import org.mpxj.mspdi.MSPDIWriter;

import java.io.ByteArrayOutputStream;
import java.time.LocalDateTime;
import java.util.List;

import static dev.gantry.testing.KafkaTestClient.header;
import static org.assertj.core.api.Assertions.assertThat;

/** An imported plan's assignments are announced with the resources named as the file names them. */
@QuarkusTest
class AssignmentsImportTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static KafkaTestClient kafka;

    @BeforeAll
    static void connect() {
        kafka = new KafkaTestClient(GantryTestResources.kafka());
    }

    @AfterAll
    static void close() {
        kafka.close();
    }

    /** Two tasks; Aisha (with an email address) on both, half-time on the second; a contractor on the first. */
    static byte[] plan() throws Exception {
        ProjectFile file = new ProjectFile();
        file.addDefaultBaseCalendar();
        file.getProjectProperties().setStartDate(LocalDateTime.of(2027, 3, 1, 8, 0));
        Resource aisha = file.addResource();
        aisha.setName("Aisha Khan");
        aisha.setEmailAddress("aisha.khan@example.com");
        Resource contractor = file.addResource();
        contractor.setName("Network contractor");
        Task migrate = file.addTask();
        migrate.setName("Migrate the ERP database");
        migrate.setDuration(Duration.getInstance(5, TimeUnit.DAYS));
        migrate.setStart(LocalDateTime.of(2027, 3, 1, 8, 0));
        Task cutover = file.addTask();
        cutover.setName("Cut over");
        cutover.setDuration(Duration.getInstance(2, TimeUnit.DAYS));
        cutover.setStart(LocalDateTime.of(2027, 3, 8, 8, 0));
        assign(migrate, aisha, 100, 40);
        assign(migrate, contractor, 100, 40);
        assign(cutover, aisha, 50, 8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new MSPDIWriter().write(file, out);
        return out.toByteArray();
    }

    private static void assign(Task task, Resource resource, int units, int hours) {
        ResourceAssignment a = task.addResourceAssignment(resource);
        a.setUnits(units);
        a.setWork(Duration.getInstance(hours, TimeUnit.HOURS));
    }

    @Test
    void theFilesAssignmentsAreAnnouncedWithTheResourcesNames() throws Exception {
        String project = ScheduleImportTest.importFile(plan());
        List<ConsumerRecord<String, String>> records = kafka.awaitRecords(Topics.PROJECTS,
                r -> project.equals(r.key()) && "dev.gantry.project.assignments-imported.v1".equals(header(r, "ce_type")),
                1, java.time.Duration.ofSeconds(30));
        JsonNode event = JSON.readTree(records.get(0).value());
        assertThat(event.get("page").asInt()).isEqualTo(1);
        assertThat(event.get("pageCount").asInt()).isEqualTo(1);
        JsonNode assignments = event.get("assignments");
        assertThat(assignments).hasSize(3);
        List<String> seen = new java.util.ArrayList<>();
        for (JsonNode a : assignments) {
            seen.add(a.get("taskName").asText() + " / " + a.get("resourceName").asText() + " / "
                    + (a.has("resourceEmail") ? a.get("resourceEmail").asText() : "-") + " / "
                    + a.get("units").decimalValue().stripTrailingZeros().toPlainString() + "% / "
                    + a.get("workMinutes").asLong());
        }
        assertThat(seen).containsExactlyInAnyOrder(
                "Migrate the ERP database / Aisha Khan / aisha.khan@example.com / 100% / 2400",
                "Migrate the ERP database / Network contractor / - / 100% / 2400",
                "Cut over / Aisha Khan / aisha.khan@example.com / 50% / 480");
    }
}
