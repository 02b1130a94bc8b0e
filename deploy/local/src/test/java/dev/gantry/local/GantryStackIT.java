package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * End-to-end test of the whole platform: the local stack (embedded PostgreSQL, Kafka, a real Keycloak with the gantry
 * realm, the four services, the gateway) on its own ports and data folder ({@link SharedStack}, which starts it or
 * hands over the one another test class started), driven through the public APIs only, with real tokens from
 * Keycloak (password grant).
 *
 * <p>Each cross-service flow creates its data through one service and waits (bounded) until the events made it
 * visible in the others: if any service's events stop reaching another, a test here fails, with the tail of the
 * relevant logs, as it does if a service stops offering an endpoint a flow needs. New flows go here as the services
 * grow.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class GantryStackIT {

    private static final Duration EVENTUAL = Duration.ofSeconds(45);

    private static StackConfig config;
    private static Stack stack;
    private static Tokens tokens;
    private static ApiCatalog api;
    private static String gateway;

    @BeforeAll
    @Timeout(value = 15, unit = TimeUnit.MINUTES)
    static void useTheStack(Stack shared) {
        stack = shared;
        config = stack.config();
        tokens = new Tokens(config.issuerUrl());
        api = ApiCatalog.load(config);
        gateway = config.gatewayUrl();
        System.out.println("[e2e] operations offered: " + api.operations().size());
    }

    // ---- the platform is up --------------------------------------------------------------------------------------

    @Test
    @Order(1)
    void everyServiceIsReadyAndDocumentsItsApi() throws IOException {
        for (StackConfig.Service s : StackConfig.Service.values()) {
            String base = config.serviceUrl(s);
            assertThat(Http.status(base + "/q/health/ready")).as(s.module + " ready").isEqualTo(200);
            assertThat(Http.status(base + "/q/health/live")).as(s.module + " live").isEqualTo(200);
            Http.Response openapi = Http.get(base + "/q/openapi?format=json", null);
            assertThat(openapi.status()).as(s.module + " OpenAPI").isEqualTo(200);
            // Serving a document is the point here; which operations it holds, exactly, each service's security test
            // checks against its resource methods.
            assertThat(openapi.json().path("paths").size()).as(s.module + " documents paths").isPositive();
        }
    }

    @Test
    @Order(2)
    void keycloakIssuesTokensWithTheRealmRolesForEveryDemoUser() {
        for (Map.Entry<String, String> user : StackConfig.DEMO_USERS.entrySet()) {
            JsonNode claims = Tokens.claims(tokens.forDemoUser(user.getKey()));
            assertThat(claims.path("iss").asText()).isEqualTo(config.issuerUrl());
            assertThat(claims.path("preferred_username").asText()).isEqualTo(user.getKey());
            assertThat(claims.path("sub").asText()).as("sub of " + user.getKey()).isNotBlank();
            List<String> roles = new ArrayList<>();
            claims.path("realm_access").path("roles").forEach(r -> roles.add(r.asText()));
            assertThat(roles).as("realm roles of " + user.getKey()).contains(user.getValue());
        }
    }

    @Test
    @Order(3)
    void theGatewayRoutesEachApiRootToItsServiceAndNothingElse() throws IOException {
        for (StackConfig.Service s : StackConfig.Service.values()) {
            Http.Response viaGateway = Http.get(gateway + s.apiRoot + "/e2e-no-such-thing", null);
            Http.Response direct = Http.get(config.serviceUrl(s) + s.apiRoot + "/e2e-no-such-thing", null);
            assertThat(viaGateway.status()).as("gateway answer for " + s.apiRoot + ": " + viaGateway)
                    .isNotEqualTo(502).isEqualTo(direct.status());
        }
        Http.Response unknown = Http.get(gateway + "/api/nothing-here", null);
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.contentType()).startsWith("application/problem+json");
    }

    @Test
    @Order(4)
    void everyApiRequiresAToken() throws IOException {
        Http.Response r = Http.get(gateway + "/api/projects", null);
        assertThat(r.status()).as(r.toString()).isEqualTo(401);
        requireApi("GET", "/api/reports/portfolio");
        assertThat(Http.get(gateway + "/api/reports/portfolio", null).status()).isEqualTo(401);
    }

    // ---- projects-service: create, read, list, refuse ------------------------------------------------------------

    @Test
    @Order(10)
    void aProjectManagerCreatesAProjectThroughTheGateway() throws IOException {
        String pm = tokens.forDemoUser("pm");
        Http.Response created = createProject(pm, "E2E Network Rollout " + shortId(), "NETWORK_ROLLOUT");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        assertThat(created.header("Location")).as("Location").endsWith("/api/projects/" + id);

        Http.Response read = Http.get(gateway + "/api/projects/" + id, pm);
        assertThat(read.status()).as(read.toString()).isEqualTo(200);
        assertThat(read.json().path("type").asText()).isEqualTo("NETWORK_ROLLOUT");
        assertThat(read.json().path("manager").path("username").asText()).isEqualTo("pm");

        Http.Response list = Http.get(gateway + "/api/projects?page=0&size=200", pm);
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        assertThat(ids(list.json().path("items"), "id")).contains(id);
        assertThat(list.json().has("totalItems")).isTrue();
    }

    @Test
    @Order(11)
    void rolesAndBadInputAreRefusedWithProblemDetails() throws IOException {
        Http.Response asViewer = createProject(tokens.forDemoUser("viewer"), "E2E not allowed", "GENERIC");
        assertThat(asViewer.status()).as(asViewer.toString()).isEqualTo(403);

        Map<String, Object> bad = Map.of("name", "E2E bad type", "type", "NOT_A_TYPE",
                "startDate", LocalDate.now().toString());
        Http.Response badType = Http.post(gateway + "/api/projects", tokens.forDemoUser("pm"), bad);
        assertThat(badType.status()).as(badType.toString()).isEqualTo(400);
        assertThat(badType.contentType()).startsWith("application/problem+json");
    }

    // ---- flows across services (events) --------------------------------------------------------------------------

    /** ProjectCreated: projects-service → reporting (portfolio, audit trail), risk and resources (their copies). */
    @Test
    @Order(20)
    void aNewProjectReachesEveryOtherService() throws IOException {
        String pm = tokens.forDemoUser("pm");
        String name = "E2E Data Centre Exit " + shortId();
        Http.Response created = createProject(pm, name, "INFRASTRUCTURE_MIGRATION");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();

        assertTrue(api.supports("GET", "/api/reports/portfolio"), "reporting-service no longer offers its portfolio");
        awaitTrue("reporting's portfolio lists the new project", "reporting-service", () -> {
            Http.Response p = Http.get(gateway + "/api/reports/portfolio?size=200", pm);
            return p.status() == 200 && ids(p.json().path("items"), "projectId").contains(id);
        });
        JsonNode item = findItem(Http.get(gateway + "/api/reports/portfolio?size=200", pm).json().path("items"), id);
        assertThat(item.path("name").asText()).isEqualTo(name);
        assertThat(item.path("type").asText()).isEqualTo("INFRASTRUCTURE_MIGRATION");

        requireApi("GET", "/api/reports/projects/{projectId}/audit");
        awaitTrue("reporting's audit trail records the creation by pm", "reporting-service", () -> {
            Http.Response a = Http.get(gateway + "/api/reports/projects/" + id + "/audit", pm);
            return a.status() == 200 && a.json().path("items").size() > 0
                    && a.json().path("items").toString().contains("created");
        });
        for (String service : List.of("risks", "resources")) {
            requireApi("GET", "/api/" + service + "/projects/{projectId}");
            awaitTrue(service + " knows the new project", logOf(service), () -> {
                Http.Response c = Http.get(gateway + "/api/" + service + "/projects/" + id, pm);
                return c.status() == 200 && name.equals(c.json().path("name").asText());
            });
        }
    }

    /** ProjectMemberAdded: a new member sees the project in every service, and a non-member sees it nowhere. */
    @Test
    @Order(21)
    void aNewMemberSeesTheProjectEverywhere() throws IOException {
        assertTrue(api.supports("PUT", "/api/projects/{projectId}/members/{userId}"), "projects-service no longer offers its members API");
        String pm = tokens.forDemoUser("pm");
        String dev = tokens.forDemoUser("dev");
        String devId = Tokens.claims(dev).path("sub").asText();
        Http.Response created = createProject(pm, "E2E Mobile App " + shortId(), "SOFTWARE_DEVELOPMENT");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();

        Http.Response before = Http.get(gateway + "/api/projects/" + id, dev);
        assertThat(before.status()).as("a non-member gets 404: " + before).isEqualTo(404);

        Http.Response added = Http.send("PUT", gateway + "/api/projects/" + id + "/members/" + devId, pm,
                Map.of("username", "dev", "role", "MEMBER"), Map.of());
        assertThat(added.status()).as(added.toString()).isIn(200, 201);
        assertThat(Http.get(gateway + "/api/projects/" + id, dev).status()).isEqualTo(200);

        requireApi("GET", "/api/reports/portfolio");
        awaitTrue("reporting shows the project to its new member", "reporting-service", () -> {
            Http.Response p = Http.get(gateway + "/api/reports/portfolio?size=200", dev);
            return p.status() == 200 && ids(p.json().path("items"), "projectId").contains(id);
        });
        for (String service : List.of("risks", "resources")) {
            requireApi("GET", "/api/" + service + "/projects/{projectId}");
            awaitTrue(service + " lets the new member read the project", logOf(service), () -> {
                Http.Response c = Http.get(gateway + "/api/" + service + "/projects/" + id, dev);
                return c.status() == 200 && c.json().path("members").toString().contains(devId);
            });
        }
        // Someone who is not a member still sees nothing about it.
        String viewer = tokens.forDemoUser("viewer");
        assertThat(Http.get(gateway + "/api/projects/" + id, viewer).status()).isEqualTo(404);
    }

    /** ProjectUpdated: a renamed project is renamed in reporting and in the other services' copies. */
    @Test
    @Order(22)
    void aChangedProjectIsChangedEverywhere() throws IOException {
        assertTrue(api.supports("PATCH", "/api/projects/{id}"), "projects-service no longer offers PATCH of projects");
        String pm = tokens.forDemoUser("pm");
        Http.Response created = createProject(pm, "E2E ERP Upgrade " + shortId(), "SYSTEM_UPGRADE");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        String id = created.json().path("id").asText();
        String renamed = "E2E ERP Upgrade (renamed) " + shortId();

        Http.Response changed = Http.send("PATCH", gateway + "/api/projects/" + id, pm, Map.of("name", renamed),
                Map.of("If-Match", created.header("ETag")));
        assertThat(changed.status()).as(changed.toString()).isEqualTo(200);

        requireApi("GET", "/api/reports/portfolio");
        awaitTrue("reporting shows the new name", "reporting-service", () -> {
            JsonNode item = findItem(Http.get(gateway + "/api/reports/portfolio?size=200", pm).json()
                    .path("items"), id);
            return item != null && renamed.equals(item.path("name").asText());
        });
        for (String service : List.of("risks", "resources")) {
            requireApi("GET", "/api/" + service + "/projects/{projectId}");
            awaitTrue(service + " shows the new name", logOf(service), () -> {
                Http.Response c = Http.get(gateway + "/api/" + service + "/projects/" + id, pm);
                return c.status() == 200 && renamed.equals(c.json().path("name").asText());
            });
        }
    }

    // ---- a project's life: template, gates, baseline, meeting, closure, lessons -----------------------------------

    /** The system-upgrade project that the next tests take from creation to closure. */
    private static String upgradeId;
    private static String upgradeName;

    /** Project created from the SYSTEM_UPGRADE template: its WBS is scheduled, and every service hears of it. */
    @Test
    @Order(30)
    void aProjectCreatedFromTheSystemUpgradeTemplateHasItsWbsScheduled() throws IOException {
        String pm = tokens.forDemoUser("pm");
        upgradeName = "E2E Mail Platform Upgrade " + shortId();
        Map<String, Object> body = new java.util.HashMap<>(projectBody(upgradeName, "SYSTEM_UPGRADE"));
        body.put("templateCode", "SYSTEM_UPGRADE");
        Http.Response created = Http.post(gateway + "/api/projects", pm, body);
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        upgradeId = created.json().path("id").asText();

        Http.Response schedule = Http.get(gateway + "/api/projects/" + upgradeId + "/schedule", pm);
        assertThat(schedule.status()).as(schedule.toString()).isEqualTo(200);
        JsonNode tasks = schedule.json().path("tasks");
        assertThat(tasks.size()).as("tasks of the template's WBS (as TemplateResourceTest counts them)").isEqualTo(24);
        List<String> critical = new ArrayList<>();
        tasks.forEach(t -> {
            if (t.path("critical").asBoolean()) {
                critical.add(t.path("name").asText());
            }
        });
        // That the engine ran is the point here; TemplateResourceTest pins which tasks are critical.
        assertThat(critical).as("the engine found a critical path").isNotEmpty();
        assertThat(schedule.json().path("finish").asText()).as("finish").isNotBlank();

        awaitTrue("reporting's portfolio lists the project created from the template", "reporting-service", () -> {
            Http.Response p = Http.get(gateway + "/api/reports/portfolio?size=200", pm);
            return p.status() == 200 && ids(p.json().path("items"), "projectId").contains(upgradeId);
        });

        // The template names the risk checklist it-system-upgrade: risk-service opens the register with its 3 risks.
        requireApi("GET", "/api/risks/projects/{projectId}/risks");
        awaitTrue("risk-service opens the register with the template's checklist", "risk-service", () -> {
            Http.Response r = Http.get(gateway + "/api/risks/projects/" + upgradeId + "/risks?tag=checklist", pm);
            return r.status() == 200 && r.json().path("totalItems").asInt() == 3;
        });
    }

    /**
     * An engineer allocated full time to a critical task of the template project and half time to the project over
     * the same days is over-booked: resources-service takes the task's dates from the schedules topic and says so
     * in the engineer's load; when the task gets longer in projects-service, the allocation moves with it.
     */
    @Test
    @Order(32)
    void anAllocationToACriticalTaskFollowsItAndOverbooksTheEngineer() throws IOException {
        requireApi("POST", "/api/resources/projects/{projectId}/allocations");
        assertThat(upgradeId).as("the template project of the previous step").isNotNull();
        String pm = tokens.forDemoUser("pm");
        String rm = tokens.forDemoUser("rm");
        String project = gateway + "/api/projects/" + upgradeId;
        JsonNode critical = null;
        for (JsonNode t : Http.get(project + "/schedule", pm).json().path("tasks")) {
            if (t.path("critical").asBoolean() && !t.path("summary").asBoolean() && !t.path("milestone").asBoolean()
                    && critical == null) {
                critical = t;
            }
        }
        assertThat(critical).as("a critical task with work in the template's plan").isNotNull();
        String taskId = critical.path("id").asText();

        Http.Response person = Http.post(gateway + "/api/resources/people", rm, Map.of("name",
                "E2E Network Engineer " + shortId(), "jobFamily", "NETWORK_ENGINEER", "capacityHoursPerWeek", 40));
        assertThat(person.status()).as(person.toString()).isEqualTo(201);
        String personId = person.json().path("id").asText();
        String allocations = gateway + "/api/resources/projects/" + upgradeId + "/allocations";
        JsonNode[] onTask = new JsonNode[1];
        awaitTrue("resources-service has the project's schedule and allocates to its critical task", "resources-service",
                () -> {
                    Http.Response r = Http.post(allocations, pm, Map.of("personId", personId, "taskId", taskId,
                            "percent", 100));
                    onTask[0] = r.status() == 201 ? r.json() : null;
                    return r.status() == 201;
                });
        assertThat(onTask[0].path("taskCritical").asBoolean()).isTrue();
        String first = onTask[0].path("firstDay").asText();
        String last = onTask[0].path("lastDay").asText();
        Http.Response half = Http.post(allocations, pm, Map.of("personId", personId, "percent", 50,
                "firstDay", first, "lastDay", last));
        assertThat(half.status()).as(half.toString()).isEqualTo(201);

        Http.Response load = Http.get(gateway + "/api/resources/people/" + personId + "/load?from=" + first + "&to="
                + last + "&by=DAY", pm);
        assertThat(load.status()).as(load.toString()).isEqualTo(200);
        assertThat(load.json().path("overallocations").size()).as("over-allocation episodes").isEqualTo(1);

        // risk-service hears of the episode (OverallocationDetected names the critical task) and raises one risk.
        requireApi("GET", "/api/risks/projects/{projectId}/risks");
        String register = gateway + "/api/risks/projects/" + upgradeId + "/risks?size=200";
        awaitTrue("risk-service raises one risk from the over-allocation on the critical task", "risk-service", () -> {
            Http.Response r = Http.get(register, pm);
            int raised = 0;
            for (JsonNode risk : r.json().path("items")) {
                if (personId.equals(risk.path("signal").path("subject").asText())) {
                    raised++;
                }
            }
            return r.status() == 200 && raised == 1;
        });

        // Five more working days on the task: projects-service reschedules, the allocation follows.
        Http.Response task = Http.get(project + "/tasks/" + taskId, pm);
        Http.Response longer = Http.send("PATCH", project + "/tasks/" + taskId, pm,
                Map.of("durationMinutes", task.json().path("durationMinutes").asLong() + 5 * 480),
                Map.of("If-Match", task.header("ETag")));
        assertThat(longer.status()).as(longer.toString()).isEqualTo(200);
        String allocation = allocations + "/" + onTask[0].path("id").asText();
        awaitTrue("the allocation to the task ends later with the task", "resources-service", () -> {
            Http.Response a = Http.get(allocation, pm);
            return a.status() == 200 && a.json().path("lastDay").asText().compareTo(last) > 0;
        });
    }

    /** PLANNING → EXECUTING is refused (409) until the plan has a baseline, then passes. */
    @Test
    @Order(31)
    void theExecutionGateIsRefusedUntilTheProjectHasABaseline() throws IOException {
        assertThat(upgradeId).as("the project of the previous step").isNotNull();
        String pm = tokens.forDemoUser("pm");
        String project = gateway + "/api/projects/" + upgradeId;
        Http.Response charter = Http.send("PUT", project + "/charter", pm, Map.of(
                "scopeStatement", "Upgrade the mail platform to the supported release.",
                "objectives", List.of(Map.of("title", "Supported release", "description", "No mailbox left behind.",
                        "kpis", List.of(Map.of("name", "Mailboxes on the new release", "target", 100, "unit", "%",
                                "dueDate", LocalDate.now().plusMonths(6).toString())))),
                "sponsor", Map.of("name", "Dana Whitfield"),
                "plannedEndDate", LocalDate.now().plusMonths(6).toString()), Map.of());
        assertThat(charter.status()).as(charter.toString()).isEqualTo(201);
        assertThat(move(pm, project, "PLANNING").status()).isEqualTo(200);

        Http.Response refused = move(pm, project, "EXECUTING");
        assertThat(refused.status()).as(refused.toString()).isEqualTo(409);
        assertThat(refused.contentType()).startsWith("application/problem+json");
        assertThat(refused.json().path("reasons").toString()).as("the unmet criterion").containsIgnoringCase("baseline");
        Http.Response gates = Http.get(project + "/gates", pm);
        assertThat(gates.json().path("next").toString()).contains("BASELINE");

        Http.Response baseline = Http.post(project + "/baselines", pm, Map.of("name", "Approved plan"));
        assertThat(baseline.status()).as(baseline.toString()).isEqualTo(201);
        Http.Response passed = move(pm, project, "EXECUTING");
        assertThat(passed.status()).as(passed.toString()).isEqualTo(200);
        assertThat(Http.get(project, pm).json().path("status").asText()).isEqualTo("EXECUTING");
        Http.Response variance = Http.get(project + "/baselines/" + baseline.json().path("id").asText()
                + "/variance", pm);
        assertThat(variance.status()).as(variance.toString()).isEqualTo(200);
    }

    /** A meeting's action item becomes a task of the WBS, linked both ways, and the meeting is in the .ics feed. */
    @Test
    @Order(32)
    void aMeetingActionItemBecomesATask() throws IOException {
        assertThat(upgradeId).as("the project of the previous steps").isNotNull();
        String pm = tokens.forDemoUser("pm");
        String pmId = Tokens.claims(pm).path("sub").asText();
        String project = gateway + "/api/projects/" + upgradeId;
        LocalDate day = LocalDate.now().plusDays(14);
        Http.Response meeting = Http.post(project + "/meetings", pm, Map.of(
                "title", "Upgrade steering committee", "kind", "STEERING",
                "start", day + "T10:00:00", "end", day + "T11:00:00", "timeZone", "Europe/Berlin",
                "attendees", List.of(Map.of("userId", pmId),
                        Map.of("name", "Dana Whitfield", "email", "dana.whitfield@example.com")),
                "agenda", List.of(Map.of("title", "Cut-over plan", "minutesAllotted", 30))));
        assertThat(meeting.status()).as(meeting.toString()).isEqualTo(201);
        String meetingId = meeting.json().path("id").asText();
        String items = project + "/meetings/" + meetingId + "/action-items";

        Http.Response item = Http.post(items, pm, Map.of("description", "Book the carrier's change window",
                "owner", Map.of("userId", pmId), "dueDate", day.plusDays(7).toString()));
        assertThat(item.status()).as(item.toString()).isEqualTo(201);
        String itemId = item.json().path("id").asText();

        Http.Response task = Http.post(items + "/" + itemId + "/task", pm, Map.of());
        assertThat(task.status()).as(task.toString()).isEqualTo(201);
        String taskId = task.json().path("id").asText();
        assertThat(task.header("Location")).endsWith("/tasks/" + taskId);
        Http.Response readTask = Http.get(project + "/tasks/" + taskId, pm);
        assertThat(readTask.json().path("name").asText()).isEqualTo("Book the carrier's change window");
        assertThat(readTask.json().path("origin").path("actionItemId").asText()).isEqualTo(itemId);
        assertThat(readTask.json().path("origin").path("meetingId").asText()).isEqualTo(meetingId);
        assertThat(Http.get(items + "/" + itemId, pm).json().path("taskId").asText()).isEqualTo(taskId);
        assertThat(ids(Http.get(project + "/schedule", pm).json().path("tasks"), "id")).contains(taskId);

        Map<String, String> calendarApp = Map.of("Accept", "text/calendar, */*;q=0.5");
        Http.Response feed = Http.send("GET", project + "/calendar.ics", pm, null, calendarApp);
        assertThat(feed.status()).as(feed.toString()).isEqualTo(200);
        assertThat(feed.contentType()).startsWith("text/calendar");
        assertThat(feed.body()).contains("BEGIN:VCALENDAR", "SUMMARY:Upgrade steering committee",
                meetingId + "@meetings.gantry.dev");

        // a calendar application subscribes through the gateway, with the secret URL and no token
        Http.Response subscription = Http.post(project + "/calendar-feeds", pm, Map.of("label", "E2E calendar"));
        assertThat(subscription.status()).as(subscription.toString()).isEqualTo(201);
        String url = subscription.json().path("url").asText();
        assertThat(url).as("the URL points at the gateway").startsWith(gateway + "/api/projects/calendar-feeds/");
        Http.Response subscribed = Http.send("GET", url, null, null, calendarApp);
        assertThat(subscribed.status()).as(subscribed.toString()).isEqualTo(200);
        assertThat(subscribed.body()).contains(meetingId + "@meetings.gantry.dev");
    }

    /**
     * Earned value across two services' events: costs planned on two tasks of the template project, a baseline saved
     * with them, a status date and progress reported in projects-service — reporting-service measures the project
     * against that baseline: BAC 15,000, EV 10,000 (the first task done) + 2,500 (half the second).
     */
    @Test
    @Order(32)
    void earnedValueFollowsTheBaselineAndTheProgressReportedInProjectsService() throws IOException {
        requireApi("GET", "/api/reports/projects/{projectId}/earned-value");
        assertThat(upgradeId).as("the template project of the previous steps").isNotNull();
        String pm = tokens.forDemoUser("pm");
        String project = gateway + "/api/projects/" + upgradeId;
        List<JsonNode> work = new ArrayList<>();
        Http.get(project + "/schedule", pm).json().path("tasks").forEach(t -> {
            if (!t.path("summary").asBoolean() && !t.path("milestone").asBoolean()) {
                work.add(t);
            }
        });
        work.sort(java.util.Comparator.comparing((JsonNode t) -> t.path("start").asText()));
        JsonNode first = work.get(0);
        JsonNode second = work.get(1);
        for (Object[] cost : new Object[][] {{first, 10000}, {second, 5000}}) {
            String task = project + "/tasks/" + ((JsonNode) cost[0]).path("id").asText();
            Http.Response patched = Http.send("PATCH", task, pm, Map.of("plannedCost", cost[1]),
                    Map.of("If-Match", Http.get(task, pm).header("ETag")));
            assertThat(patched.status()).as(patched.toString()).isEqualTo(200);
        }
        Http.Response baseline = Http.post(project + "/baselines", pm, Map.of("name", "Costed plan"));
        assertThat(baseline.status()).as(baseline.toString()).isEqualTo(201);
        String statusDate = second.path("start").asText();
        Http.Response dated = Http.send("PUT", project + "/progress/status-date", pm, Map.of("statusDate", statusDate),
                Map.of("If-Match", Http.get(project + "/progress", pm).header("ETag")));
        assertThat(dated.status()).as(dated.toString()).isEqualTo(200);
        Http.Response reported = Http.post(project + "/progress", pm, Map.of("updates", List.of(
                Map.of("taskId", first.path("id").asText(), "percentComplete", 100),
                Map.of("taskId", second.path("id").asText(), "percentComplete", 50))));
        assertThat(reported.status()).as(reported.toString()).isEqualTo(200);

        String earnedValue = gateway + "/api/reports/projects/" + upgradeId + "/earned-value";
        JsonNode[] figures = new JsonNode[1];
        awaitTrue("reporting-service measures the project against the costed baseline", "reporting-service", () -> {
            Http.Response r = Http.get(earnedValue, pm);
            figures[0] = r.status() == 200 ? r.json() : null;
            return figures[0] != null && "Costed plan".equals(figures[0].path("baseline").path("name").asText())
                    && figures[0].path("ev").decimalValue().compareTo(new java.math.BigDecimal("12500")) == 0;
        });
        JsonNode ev = figures[0];
        assertThat(ev.path("bac").decimalValue()).isEqualByComparingTo("15000");
        assertThat(ev.path("currency").asText()).isEqualTo("EUR");
        assertThat(ev.path("statusDateSource").asText()).isEqualTo("PROGRESS_REPORT");
        assertThat(ev.path("statusDate").asText()).isEqualTo(statusDate.substring(0, 10));
        assertThat(ev.path("pv").decimalValue())
                .isBetween(java.math.BigDecimal.ZERO, new java.math.BigDecimal("15000"));
        assertThat(ev.path("weeks").size()).as("S-curve weeks").isPositive();
    }

    /**
     * Closure saga (design §3, flow 5): closure requested → resources-service releases allocations, risk-service
     * settles open risks, reporting-service produces the final report → the project is CLOSED everywhere; then a
     * lesson learned from it is found by a search across projects.
     */
    @Test
    @Order(33)
    void aClosureRequestClosesTheProjectOnceEveryServiceHasAnswered() throws IOException {
        assertTrue(api.supports("POST", "/api/projects/{projectId}/closure"), "projects-service no longer offers closure");
        assertTrue(api.supports("GET", "/api/reports/projects/{projectId}/final-report"),
                "reporting-service no longer offers the final report");
        assertThat(upgradeId).as("the project of the previous steps").isNotNull();
        String pm = tokens.forDemoUser("pm");
        String id = upgradeId;
        String project = gateway + "/api/projects/" + id;

        Http.Response tooEarly = Http.post(project + "/transitions", pm, Map.of("to", "CLOSED"),
                Map.of("If-Match", Http.get(project, pm).header("ETag")));
        assertThat(tooEarly.status()).as("CLOSED only through the closure saga: " + tooEarly).isEqualTo(409);

        Http.Response requested = Http.post(project + "/closure", pm, Map.of("reason", "Upgrade accepted",
                        "riskDisposition", "TRANSFER", "riskTransferTarget", "IT operations risk register"),
                Map.of("If-Match", Http.get(project, pm).header("ETag"),
                        "Idempotency-Key", UUID.randomUUID().toString()));
        assertThat(requested.status()).as(requested.toString()).isEqualTo(202);
        assertThat(requested.json().path("state").asText()).isEqualTo("PENDING");
        assertThat(requested.json().path("projectStatus").asText()).isEqualTo("CLOSING");
        String closureId = requested.json().path("closureId").asText();

        awaitTrue("the closure completes once resources, risk and reporting have answered", "projects-service", () -> {
            JsonNode closure = Http.get(project + "/closure", pm).json();
            return "COMPLETED".equals(closure.path("state").asText());
        });
        JsonNode closure = Http.get(project + "/closure", pm).json();
        assertThat(closure.path("projectStatus").asText()).isEqualTo("CLOSED");
        assertThat(ids(closure.path("participants"), "participant"))
                .containsExactly("resources-service", "risk-service", "reporting-service");
        closure.path("participants").forEach(p -> assertThat(p.path("outcome").asText()).isEqualTo("COMPLETED"));
        assertThat(Http.get(project, pm).json().path("status").asText()).isEqualTo("CLOSED");

        Http.Response report = Http.get(gateway + "/api/reports/projects/" + id + "/final-report", pm);
        assertThat(report.status()).as(report.toString()).isEqualTo(200);
        assertThat(report.json().path("closureId").asText()).isEqualTo(closureId);
        assertThat(report.json().path("project").path("name").asText()).isEqualTo(upgradeName);
        assertThat(report.json().path("closure").path("riskTransferTarget").asText())
                .isEqualTo("IT operations risk register");
        awaitTrue("reporting's portfolio shows the project CLOSED", "reporting-service", () -> {
            JsonNode item = findItem(Http.get(gateway + "/api/reports/portfolio?size=200", pm).json()
                    .path("items"), id);
            return item != null && "CLOSED".equals(item.path("status").asText());
        });
        for (String service : List.of("risks", "resources")) {
            requireApi("GET", "/api/" + service + "/projects/{projectId}");
            awaitTrue(service + " shows the project CLOSED", logOf(service), () -> {
                Http.Response c = Http.get(gateway + "/api/" + service + "/projects/" + id, pm);
                return c.status() == 200 && "CLOSED".equals(c.json().path("status").asText());
            });
        }

        String word = "e2e" + shortId().replaceAll("[^a-z]", "") + "mailbox";
        Http.Response lesson = Http.post(project + "/lessons", pm, Map.of("title", "Pilot the " + word + " move",
                "outcome", "WENT_WELL", "category", "TECHNICAL",
                "description", "Moving ten mailboxes first found the quota problem before the cut-over."));
        assertThat(lesson.status()).as(lesson.toString()).isEqualTo(201);
        Http.Response found = Http.get(gateway + "/api/projects/lessons?projectType=SYSTEM_UPGRADE&q=" + word,
                tokens.forDemoUser("pmo"));
        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().path("items").path(0).path("project").path("id").asText()).isEqualTo(id);
    }

    /** The demo seed works against the running services, and twice adds nothing twice. */
    @Test
    @Order(90)
    void theDemoSeedRunsAndIsRepeatable() throws IOException {
        Map<String, String> first = new DemoSeed(config, line -> System.out.println("[e2e] " + line)).run();
        Map<String, String> second = new DemoSeed(config, line -> System.out.println("[e2e] " + line)).run();
        assertThat(first.keySet()).containsExactlyInAnyOrderElementsOf(
                DemoSeed.PROJECTS.stream().map(DemoSeed.DemoProject::key).toList());
        assertThat(second).isEqualTo(first);

        // The ERP upgrade's register: the demo's five risks, once each, assessed.
        Http.Response register = Http.get(gateway + "/api/risks/projects/" + first.get("erp") + "/risks?size=200",
                tokens.forDemoUser("pm"));
        assertThat(register.status()).as(register.toString()).isEqualTo(200);
        List<String> titles = new ArrayList<>();
        register.json().path("items").forEach(r -> {
            if (!"gantry".equals(r.path("createdBy").asText())) { // not from a checklist or a signal
                titles.add(r.path("title").asText());
                assertThat(r.path("status").asText()).isEqualTo("ASSESSED");
            }
        });
        assertThat(titles).containsExactlyInAnyOrderElementsOf(
                DemoSeed.ERP_RISKS.stream().map(DemoSeed.DemoRisk::title).toList());

        // The Windows 11 upgrade is under way: its earned value has a budget, earned value and actual cost.
        String earnedValue = gateway + "/api/reports/projects/" + first.get("win11") + "/earned-value";
        JsonNode[] ev = new JsonNode[1];
        awaitTrue("reporting-service has the Windows 11 upgrade's baseline, progress and approved hours",
                "reporting-service", () -> {
                    Http.Response r = Http.get(earnedValue, tokens.forDemoUser("pm"));
                    ev[0] = r.status() == 200 ? r.json() : null;
                    return ev[0] != null && ev[0].path("ev").decimalValue().signum() > 0
                            && ev[0].path("ac").decimalValue().signum() > 0;
                });
        assertThat(ev[0].path("bac").decimalValue()).isGreaterThan(ev[0].path("ev").decimalValue());
        assertThat(ev[0].path("cpi").isNumber()).as("CPI").isTrue();
        assertThat(ev[0].path("spi").isNumber()).as("SPI").isTrue();

        // Its status: rated from its schedule, baseline, earned value, risks and people, with reasons.
        requireApi("GET", "/api/reports/projects/{projectId}/status");
        String status = gateway + "/api/reports/projects/" + first.get("win11") + "/status";
        JsonNode[] rated = new JsonNode[1];
        awaitTrue("reporting-service rates the Windows 11 upgrade from its schedule and earned value",
                "reporting-service", () -> {
                    Http.Response r = Http.get(status, tokens.forDemoUser("pm"));
                    rated[0] = r.status() == 200 ? r.json() : null;
                    return rated[0] != null && rated[0].path("plan").path("version").isNumber()
                            && rated[0].path("earnedValue").path("earnedValue").decimalValue().signum() > 0;
                });
        for (String rating : List.of("overall", "schedule", "cost", "risk", "resources")) {
            assertThat(rated[0].path(rating).path("rag").asText()).as(rating).isIn("GREEN", "AMBER", "RED");
        }
        assertThat(rated[0].path("plan").path("baselineFinish").asText()).as("baseline finish").isNotEmpty();
        assertThat(rated[0].path("openRisks").asInt()).as("the template's checklist risks").isPositive();
        assertThat(Http.get(status, tokens.forDemoUser("dev")).status()).as("not a member").isEqualTo(404);

        // The developer's work: the Windows 11 task they package applications on, with its dates from the schedule.
        requireApi("GET", "/api/reports/me/work");
        JsonNode[] mine = new JsonNode[1];
        awaitTrue("reporting-service lists the developer's allocation with its task", "reporting-service", () -> {
            Http.Response r = Http.get(gateway + "/api/reports/me/work", tokens.forDemoUser("dev"));
            mine[0] = r.status() == 200 ? r.json() : null;
            if (mine[0] == null) {
                return false;
            }
            for (JsonNode a : mine[0].path("allocations")) {
                if (first.get("win11").equals(a.path("projectId").asText()) && a.path("task").path("finish").isTextual()) {
                    return true;
                }
            }
            return false;
        });
        assertThat(mine[0].path("username").asText()).isEqualTo("dev");

        // The hardware inventory: the ERP test server is reserved, once, for a task of the ERP plan.
        requireApi("POST", "/api/resources/projects/{projectId}/asset-reservations");
        Http.Response erpReservations = Http.get(gateway + "/api/resources/projects/" + first.get("erp")
                + "/asset-reservations", tokens.forDemoUser("pm"));
        assertThat(erpReservations.status()).as(erpReservations.toString()).isEqualTo(200);
        List<JsonNode> server = new ArrayList<>();
        erpReservations.json().forEach(r -> {
            if (DemoSeed.ERP_TEST_SERVER.equals(r.path("assetTag").asText())) {
                server.add(r);
            }
        });
        assertThat(server).as("the ERP test server's reservations").hasSize(1);
        JsonNode reserved = server.get(0);
        // For a task of the ERP plan, over that task's days.
        JsonNode task = null;
        for (JsonNode t : Http.get(gateway + "/api/projects/" + first.get("erp") + "/schedule",
                tokens.forDemoUser("pm")).json().path("tasks")) {
            if (t.path("id").asText().equals(reserved.path("taskId").asText())) {
                task = t;
            }
        }
        assertThat(task).as("the reservation's task in the ERP schedule").isNotNull();
        assertThat(reserved.path("firstDay").asText()).isEqualTo(task.path("start").asText().substring(0, 10));
        assertThat(reserved.path("lastDay").asText()).isEqualTo(task.path("finish").asText().substring(0, 10));

        // Reserving it for another project over one of those days is refused as a double booking, naming it.
        Http.Response doubled = Http.post(gateway + "/api/resources/projects/" + first.get("win11")
                + "/asset-reservations", tokens.forDemoUser("rm"), Map.of("assetId", reserved.path("assetId").asText(),
                "firstDay", reserved.path("lastDay").asText(), "lastDay", reserved.path("lastDay").asText()));
        assertThat(doubled.status()).as(doubled.toString()).isEqualTo(409);
        assertThat(doubled.json().path("detail").asText()).contains(reserved.path("id").asText());

        // Its warranty ends before the task does: resources-service announces it, risk-service raises the risk.
        String erpRisks = gateway + "/api/risks/projects/" + first.get("erp") + "/risks?size=200";
        awaitTrue("risk-service raises the ERP test server's warranty risk from resources-service's event",
                "risk-service", () -> {
                    Http.Response r = Http.get(erpRisks, tokens.forDemoUser("pm"));
                    if (r.status() != 200) {
                        return false;
                    }
                    for (JsonNode risk : r.json().path("items")) {
                        if (risk.path("title").asText().equals("Asset " + DemoSeed.ERP_TEST_SERVER
                                + " goes out of warranty while the project needs it")) {
                            return true;
                        }
                    }
                    return false;
                });
    }

    @Test
    @Order(91)
    void theErpUpgradesSimulationAnswersPercentilesATornadoAndFeelsItsRisk() throws IOException {
        requireApi("POST", "/api/risks/projects/{projectId}/simulations");
        String erp = new DemoSeed(config, line -> System.out.println("[e2e] " + line)).run().get("erp");
        String pm = tokens.forDemoUser("pm");
        String simulations = gateway + "/api/risks/projects/" + erp + "/simulations";

        // The demo's simulation of the ERP upgrade: ordered percentiles, a tornado, the histogram's curve.
        JsonNode demo = awaitSimulation(simulations + "/" + Http.get(simulations, pm).json().path("items")
                .path(0).path("id").asText(), pm);
        JsonNode finish = demo.path("result").path("finish");
        List<String> percentiles = new ArrayList<>();
        for (String p : List.of("p10", "p50", "p80", "p90", "p95")) {
            percentiles.add(finish.path(p).asText());
        }
        assertThat(percentiles).as("P10 to P95").isSorted().doesNotContain("");
        // The ten strongest of the plan's fourteen varying tasks; the template's five milestones.
        assertThat(demo.path("result").path("tornado").size()).as("tornado").isEqualTo(10);
        assertThat(demo.path("result").path("histogram").size()).isEqualTo(20);
        assertThat(demo.path("result").path("milestones").size()).as("the plan's milestones").isEqualTo(5);
        assertThat(demo.path("result").path("warnings").size()).as(demo.path("result").toString()).isZero();

        // The interfaces risk hits regression testing, a critical task of the plan.
        JsonNode regression = null;
        for (JsonNode t : Http.get(gateway + "/api/projects/" + erp + "/schedule", pm).json().path("tasks")) {
            if (DemoSeed.ERP_REGRESSION_TASK.equals(t.path("name").asText())) {
                regression = t;
            }
        }
        assertThat(regression).isNotNull();
        assertThat(regression.path("critical").asBoolean()).as("regression testing is critical").isTrue();
        String inputsUrl = gateway + "/api/risks/projects/" + erp + "/schedule-risk-inputs";
        Http.Response inputs = Http.get(inputsUrl, pm);
        JsonNode events = inputs.json().path("riskEvents");
        assertThat(events.size()).isEqualTo(1);
        assertThat(events.path(0).path("taskIds").path(0).asText()).isEqualTo(regression.path("id").asText());

        // Without it, the same seed finishes earlier at P80: the risk visibly shifts it.
        Map<String, Object> withoutRisk = Http.JSON.convertValue(inputs.json(), Map.class);
        withoutRisk.keySet().retainAll(List.of("defaultDistribution", "defaultLowPercent", "defaultHighPercent",
                "estimates", "correlationGroups", "riskEvents"));
        withoutRisk.put("riskEvents", List.of());
        Http.Response replaced = Http.send("PUT", inputsUrl, pm, withoutRisk, Map.of("If-Match", inputs.header("ETag")));
        assertThat(replaced.status()).as(replaced.toString()).isEqualTo(200);
        Http.Response queued = Http.post(simulations, pm, Map.of("iterations", demo.path("iterations").asInt(),
                "seed", demo.path("seed").asLong()));
        assertThat(queued.status()).as(queued.toString()).isEqualTo(202);
        JsonNode without = awaitSimulation(simulations + "/" + queued.json().path("id").asText(), pm);
        LocalDateTime p80With = LocalDateTime.parse(finish.path("p80").asText());
        LocalDateTime p80Without = LocalDateTime.parse(without.path("result").path("finish").path("p80").asText());
        System.out.println("[e2e] ERP upgrade P80 with the interfaces risk " + p80With + ", without it " + p80Without);
        assertThat(p80With).as("P80 with the risk").isAfter(p80Without.plusDays(1));

        // The demo's inputs are put back.
        Map<String, Object> restored = Http.JSON.convertValue(inputs.json(), Map.class);
        restored.keySet().retainAll(withoutRisk.keySet());
        assertThat(Http.send("PUT", inputsUrl, pm, restored, Map.of("If-Match", replaced.header("ETag"))).status())
                .isEqualTo(200);
    }

    @Test
    @Order(92)
    void theErpUpgradesChartsReportAndLiveUpdatesThroughTheGateway() throws Exception {
        requireApi("GET", "/api/reports/projects/{projectId}/live");
        String erp = new DemoSeed(config, line -> System.out.println("[e2e] " + line)).run().get("erp");
        String pm = tokens.forDemoUser("pm");
        String reports = gateway + "/api/reports/projects/" + erp;

        // The Gantt, with the plan's critical tasks marked, and the simulation's chart.
        Map<String, String> svg = Map.of("Accept", "image/svg+xml");
        Http.Response gantt = Http.send("GET", reports + "/charts/gantt", pm, null, svg);
        assertThat(gantt.status()).as(gantt.toString()).isEqualTo(200);
        assertThat(gantt.header("Content-Type")).startsWith("image/svg+xml");
        assertThat(gantt.body()).contains("class='task critical'", DemoSeed.ERP_REGRESSION_TASK);
        awaitTrue("reporting-service draws the ERP upgrade's latest simulation", "reporting-service",
                () -> Http.send("GET", reports + "/charts/simulation", pm, null, svg).status() == 200);

        // A status report on request: a PDF with its three pages.
        Http.Response made = Http.post(reports + "/status-reports", pm, Map.of());
        assertThat(made.status()).as(made.toString()).isEqualTo(201);
        java.net.http.HttpResponse<byte[]> pdf = java.net.http.HttpClient.newHttpClient().send(
                java.net.http.HttpRequest.newBuilder(java.net.URI.create(gateway + made.json().path("path").asText()))
                        .header("Authorization", "Bearer " + pm).build(),
                java.net.http.HttpResponse.BodyHandlers.ofByteArray());
        assertThat(pdf.statusCode()).isEqualTo(200);
        assertThat(new String(pdf.body(), 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(made.json().path("pages").asInt()).as("status, Gantt, risks and the rest").isGreaterThanOrEqualTo(3);

        // Live: a risk raised in risk-service reaches the project's stream through the gateway.
        java.util.concurrent.BlockingQueue<String> lines = new java.util.concurrent.LinkedBlockingQueue<>();
        java.net.http.HttpResponse<java.util.stream.Stream<String>> stream = java.net.http.HttpClient.newHttpClient()
                .send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(reports + "/live"))
                                .header("Authorization", "Bearer " + pm).header("Accept", "text/event-stream")
                                .build(), java.net.http.HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        Thread reader = new Thread(() -> {
            try {
                stream.body().forEach(lines::add);
            } catch (RuntimeException closed) {
                // closed below
            }
        });
        reader.setDaemon(true);
        reader.start();
        try {
            long ready = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            boolean opened = false;
            while (!opened && System.nanoTime() < ready) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                opened = line != null && line.replace(" ", "").equals("event:ready");
            }
            assertThat(opened).as("the stream opens with `ready`").isTrue();
            Http.Response risk = Http.post(gateway + "/api/risks/projects/" + erp + "/risks", pm, Map.of(
                    "title", "Live " + shortId(), "category", "TECHNICAL", "probability", 2, "impact", 2));
            assertThat(risk.status()).as(risk.toString()).isEqualTo(201);
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(20);
            String notice = null;
            while (notice == null && System.nanoTime() < deadline) {
                String line = lines.poll(1, TimeUnit.SECONDS);
                if (line != null && line.startsWith("data:") && line.contains("\"topic\":\"risks\"")) {
                    notice = line;
                }
            }
            assertThat(notice).as("a `risks` change notice through the gateway").isNotNull().contains(erp);
        } finally {
            stream.body().close();
        }
    }

    private static JsonNode awaitSimulation(String location, String token) {
        JsonNode[] found = new JsonNode[1];
        awaitTrue("risk-service completes the simulation " + location, "risk-service", () -> {
            Http.Response r = Http.get(location, token);
            found[0] = r.status() == 200 ? r.json() : null;
            return found[0] != null && found[0].path("status").asText().equals("COMPLETED");
        });
        return found[0];
    }

    // ---- helpers -------------------------------------------------------------------------------------------------

    private static Http.Response createProject(String token, String name, String type) throws IOException {
        return Http.post(gateway + "/api/projects", token, projectBody(name, type));
    }

    private static Map<String, Object> projectBody(String name, String type) {
        return Map.of(
                "name", name,
                "description", "Created by the end-to-end test",
                "type", type,
                "startDate", LocalDate.now().plusDays(7).toString(),
                "budget", Map.of("amount", new java.math.BigDecimal("125000.00"), "currency", "EUR"));
    }

    /** Moves the project through POST /transitions with its current ETag. */
    private static Http.Response move(String token, String project, String to) throws IOException {
        return Http.post(project + "/transitions", token, Map.of("to", to, "reason", "E2E"),
                Map.of("If-Match", Http.get(project, token).header("ETag")));
    }

    private static List<String> ids(JsonNode items, String field) {
        List<String> ids = new ArrayList<>();
        items.forEach(i -> ids.add(i.path(field).asText()));
        return ids;
    }

    private static JsonNode findItem(JsonNode items, String projectId) {
        for (JsonNode i : items) {
            if (projectId.equals(i.path("projectId").asText())) {
                return i;
            }
        }
        return null;
    }

    /** Fails the flow when a service stops offering an operation it needs, rather than skipping a check. */
    private static void requireApi(String method, String path) {
        assertTrue(api.supports(method, path), "no service offers " + method + " " + path + " any more");
    }

    /** The log of the service behind an API root ("risks" → risk-service). */
    private static String logOf(String apiRoot) {
        return apiRoot.equals("risks") ? "risk-service" : apiRoot + "-service";
    }

    private static String shortId() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    /** Polls until the check holds; on timeout fails with the tail of the named service's log. */
    private static void awaitTrue(String what, String logName, Eventually.Check check) {
        Eventually.awaitTrue(what, EVENTUAL, check, () -> {
            Path log = stack.logs().get(logName);
            return log == null ? "" : "last lines of " + log + ":" + System.lineSeparator() + Child.tail(log, 40);
        });
    }
}
