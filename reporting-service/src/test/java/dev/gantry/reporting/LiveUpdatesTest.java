package dev.gantry.reporting;

import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectMemberAdded;
import dev.gantry.contracts.project.ProjectMemberRemoved;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.reporting.live.Change;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import org.junit.jupiter.api.Test;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.gantry.testing.TestTokens.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Live updates over server-sent events against the real broker: a change is pushed within a second of reporting
 * applying the event, a resumed stream gets what it missed, a stranger is refused like the REST reads, a member who is
 * removed gets `revoked` and the stream ends, and the portfolio stream of the PMO sees every project.
 */
@QuarkusTest
class LiveUpdatesTest {

    private static final KafkaTestClient kafka = Broker.kafka();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    /** An open stream: its status and its events (name, id, data), as they come. */
    static final class Stream1 implements AutoCloseable {
        record Sse(String name, String id, String data, Instant receivedAt) {
        }

        final int status;
        final BlockingQueue<Sse> events = new LinkedBlockingQueue<>();
        final BlockingQueue<Boolean> ended = new LinkedBlockingQueue<>();
        private final Stream<String> lines;

        Stream1(String path, String username, String role, String lastEventId) throws Exception {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":"
                            + RestAssured.port + path))
                    .header("Authorization", TestTokens.bearer(username, role))
                    .header("Accept", "text/event-stream");
            if (lastEventId != null) {
                request.header("Last-Event-ID", lastEventId);
            }
            HttpResponse<Stream<String>> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofLines());
            this.status = response.statusCode();
            this.lines = response.body();
            Thread reader = new Thread(() -> {
                String name = null;
                String id = null;
                StringBuilder data = new StringBuilder();
                try {
                    for (var it = lines.iterator(); it.hasNext(); ) {
                        String line = it.next();
                        if (line.isEmpty()) {
                            if (name != null || !data.isEmpty()) {
                                events.add(new Sse(name == null ? "message" : name, id, data.toString(),
                                        Instant.now()));
                            }
                            name = null;
                            id = null;
                            data.setLength(0);
                        } else if (line.startsWith("event:")) {
                            name = line.substring(6).strip();
                        } else if (line.startsWith("id:")) {
                            id = line.substring(3).strip();
                        } else if (line.startsWith("data:")) {
                            data.append(line.substring(5).strip());
                        }
                    }
                } catch (RuntimeException closed) {
                    // the stream was closed
                }
                ended.add(true);
            }, "sse-reader");
            reader.setDaemon(true);
            reader.start();
        }

        Sse next(String name, Duration within) throws InterruptedException {
            long deadline = System.nanoTime() + within.toNanos();
            while (System.nanoTime() < deadline) {
                Sse e = events.poll(Math.max(1, (deadline - System.nanoTime()) / 1_000_000), TimeUnit.MILLISECONDS);
                if (e != null && e.name().equals(name)) {
                    return e;
                }
            }
            throw new AssertionError("no `" + name + "` event within " + within);
        }

        @Override
        public void close() {
            lines.close();
        }
    }

    @Test
    void aChangeIsPushedWithinASecondAndAResumedStreamGetsWhatItMissed() throws Exception {
        UUID project = UUID.randomUUID();
        String manager = StatusEventsTest.feedExample(kafka, project, UUID.randomUUID(), UUID.randomUUID());
        String path = "/api/reports/projects/" + project + "/live";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(manager, "project-manager").get("/api/reports/projects/" + project + "/status").then()
                        .statusCode(200));
        assertThat(new Stream1(path, "stranger", "project-manager", null).status).isEqualTo(404);

        String lastId;
        try (Stream1 stream = new Stream1(path, manager, "project-manager", null);
             Stream1 portfolio = new Stream1("/api/reports/live", "pmo-lead", "pmo", null)) {
            assertThat(stream.status).isEqualTo(200);
            stream.next("ready", Duration.ofSeconds(5));
            portfolio.next("ready", Duration.ofSeconds(5));
            Instant sent = Instant.now();
            TestEvents.send(kafka, StatusEventsTest.risk(project, UUID.randomUUID(), "R-9", "Storage arrives late",
                    3, 3, "MEDIUM"));
            Stream1.Sse change = stream.next("change", Duration.ofSeconds(10));
            Change notice = EventJson.mapper().readValue(change.data(), Change.class);
            assertThat(notice.projectId()).isEqualTo(project);
            assertThat(notice.topic()).isEqualTo("risks");
            // Pushed within a second of reporting applying the event (and how long the whole trip took, for the log).
            assertThat(Duration.between(notice.at(), change.receivedAt())).isLessThan(Duration.ofSeconds(1));
            System.out.println("Live update: event sent to notice received in "
                    + Duration.between(sent, change.receivedAt()).toMillis() + " ms");
            Stream1.Sse seen = portfolio.next("change", Duration.ofSeconds(10));
            assertThat(EventJson.mapper().readValue(seen.data(), Change.class).projectId()).isEqualTo(project);
            lastId = change.id();
        }

        // Missed while disconnected: resumed from Last-Event-ID.
        TestEvents.send(kafka, StatusEventsTest.risk(project, UUID.randomUUID(), "R-10", "Licences late", 2, 2,
                "LOW"));
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(as(manager, "project-manager")
                .get("/api/reports/projects/" + project + "/status").then().extract().jsonPath()
                .getInt("openRisks")).isEqualTo(4));
        try (Stream1 resumed = new Stream1(path, manager, "project-manager", lastId)) {
            resumed.next("ready", Duration.ofSeconds(5));
            Change missed = EventJson.mapper().readValue(resumed.next("change", Duration.ofSeconds(5)).data(),
                    Change.class);
            assertThat(missed.projectId()).isEqualTo(project);
            assertThat(Long.parseLong(lastId)).isLessThan(missed.id());
        }
        try (Stream1 tooOld = new Stream1(path, manager, "project-manager", "-5")) {
            tooOld.next("reset", Duration.ofSeconds(5));
        }
    }

    @Test
    void aMemberWhoIsRemovedGetsRevokedAndTheStreamEnds() throws Exception {
        UUID project = UUID.randomUUID();
        String manager = "pm-" + project;
        TestEvents.send(kafka, ReportingEventsTest.created(project, "Live " + project, manager));
        String viewer = "viewer-" + project;
        Member member = new Member(TestTokens.subjectOf(viewer).toString(), viewer, ProjectRole.VIEWER);
        TestEvents.send(kafka, new ProjectMemberAdded(project, member, Instant.now()));
        String path = "/api/reports/projects/" + project + "/live";
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                as(viewer, "viewer").get("/api/reports/projects/" + project + "/charts/risk-heat-map").then()
                        .statusCode(200));
        try (Stream1 stream = new Stream1(path, viewer, "viewer", null)) {
            assertThat(stream.status).isEqualTo(200);
            stream.next("ready", Duration.ofSeconds(5));
            TestEvents.send(kafka, new ProjectMemberRemoved(project, member.userId(), Instant.now()));
            stream.next("revoked", Duration.ofSeconds(10));
            assertThat(stream.ended.poll(10, TimeUnit.SECONDS)).as("the stream ends").isTrue();
        }
        assertThat(new Stream1(path, viewer, "viewer", null).status).isEqualTo(404);
    }
}
