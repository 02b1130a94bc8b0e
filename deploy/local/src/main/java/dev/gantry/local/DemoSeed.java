package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;

import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Seeds a small, realistic IT portfolio through the public APIs only (the gateway, with tokens of the demo users),
 * as far as the running services support it: each step checks the services' OpenAPI documents first. Running it
 * again adds nothing twice (projects are matched by name; every create sends an Idempotency-Key).
 *
 * <p>To grow it with the services: add data to {@link #PROJECTS} or a step to {@link #run()}, guarded by
 * {@code api.supports(method, path)}.
 */
public final class DemoSeed {

    /** A demo project; dates are relative to today so that the portfolio always looks current. */
    record DemoProject(String key, String owner, String name, String type, int startInWeeks, String amount,
                       String description, Map<String, String> members, String template) {

        DemoProject(String key, String owner, String name, String type, int startInWeeks, String amount,
                    String description, Map<String, String> members) {
            this(key, owner, name, type, startInWeeks, amount, description, members, null);
        }
    }

    static final List<DemoProject> PROJECTS = List.of(
            new DemoProject("portal", "pm", "Customer Portal Relaunch", "SOFTWARE_DEVELOPMENT", -10, "480000",
                    "Rebuild the customer self-service portal on the new API platform; single sign-on, "
                            + "accessibility (WCAG 2.2 AA) and a mobile-first design.",
                    Map.of("dev", "MEMBER", "viewer", "VIEWER", "risk", "VIEWER")),
            new DemoProject("wifi", "pm", "Branch Office Wi-Fi 6 Rollout", "NETWORK_ROLLOUT", -4, "260000",
                    "Replace the access points and controllers in 42 branch offices; site surveys, cabling, "
                            + "staged cut-over outside business hours.",
                    Map.of("rm", "MEMBER", "dev", "MEMBER"), "NETWORK_ROLLOUT"),
            new DemoProject("erp", "pm", "ERP Platform Upgrade 2027", "SYSTEM_UPGRADE", 2, "750000",
                    "Upgrade the ERP system to the 2027 release with its 14 interfaces; regression tests "
                            + "with finance and logistics.",
                    Map.of("dev", "MEMBER", "risk", "VIEWER", "viewer", "VIEWER"), "SYSTEM_UPGRADE"),
            new DemoProject("dc-exit", "pmo", "Data Centre Exit to Cloud", "INFRASTRUCTURE_MIGRATION", -20, "1200000",
                    "Move 180 virtual machines and 35 databases out of the leased data centre before the "
                            + "contract ends; wave planning and rollback per application.",
                    Map.of("pm", "MEMBER", "rm", "MEMBER", "risk", "MEMBER")),
            new DemoProject("mobile", "pm", "Field Service Mobile App", "SOFTWARE_DEVELOPMENT", 6, "320000",
                    "Offline-capable app for field engineers: work orders, spare parts and signatures.",
                    Map.of("dev", "MEMBER")),
            new DemoProject("win11", "pm", "Windows 11 Fleet Upgrade", "SYSTEM_UPGRADE", -2, "150000",
                    "Upgrade 2,400 laptops to Windows 11, replacing the 310 that do not meet the hardware "
                            + "requirements.",
                    Map.of("rm", "MEMBER", "viewer", "VIEWER"), "SYSTEM_UPGRADE"),
            new DemoProject("sdwan", "pmo", "SD-WAN Migration", "NETWORK_ROLLOUT", 12, "540000",
                    "Replace the MPLS wide-area network with SD-WAN in all 60 sites.",
                    Map.of()),
            new DemoProject("servicedesk", "pm", "Service Desk Tool Consolidation", "GENERIC", -6, "90000",
                    "Consolidate three ticketing tools into one; migrate open tickets and the knowledge base.",
                    Map.of("dev", "MEMBER")));

    private final StackConfig config;
    private final Consumer<String> out;

    public DemoSeed(StackConfig config, Consumer<String> out) {
        this.config = config;
        this.out = out;
    }

    /** Seeds what the services support; returns the ids of the demo projects by key. */
    public Map<String, String> run() {
        ApiCatalog api = ApiCatalog.load(config);
        Tokens tokens = new Tokens(config.issuerUrl());
        Map<String, String> tokenOf = new HashMap<>();
        for (String user : StackConfig.DEMO_USERS.keySet()) {
            tokenOf.put(user, tokens.forDemoUser(user));
        }
        String base = config.gatewayUrl();
        Map<String, String> ids = new HashMap<>();
        if (!api.supports("POST", "/api/projects")) {
            out.accept("  demo         skipped: projects-service offers no POST /api/projects yet");
            return ids;
        }

        // 1. Projects.
        Map<String, String> existing = projectsByName(base, tokenOf.get("admin"));
        int created = 0;
        LocalDate today = LocalDate.now();
        for (DemoProject p : PROJECTS) {
            String id = existing.get(p.name());
            if (id == null) {
                Map<String, Object> body = new HashMap<>();
                body.put("name", p.name());
                body.put("description", p.description());
                body.put("type", p.type());
                body.put("startDate", today.plusWeeks(p.startInWeeks()).toString());
                body.put("budget", Map.of("amount", new java.math.BigDecimal(p.amount()), "currency", "EUR"));
                if (p.template() != null) {
                    body.put("templateCode", p.template());
                }
                Http.Response r = call(() -> Http.post(base + "/api/projects", tokenOf.get(p.owner()), body,
                        Map.of("Idempotency-Key", "gantry-demo-" + p.key())));
                expect(r, 201, 200);
                id = r.json().path("id").asText();
                created++;
            }
            ids.put(p.key(), id);
        }
        out.accept("  demo         " + created + " projects created, " + (PROJECTS.size() - created)
                + " already there");

        // 2. Members (projects-service publishes them; every service authorises from those events).
        if (api.supports("PUT", "/api/projects/{projectId}/members/{userId}")) {
            int members = 0;
            for (DemoProject p : PROJECTS) {
                for (Map.Entry<String, String> m : p.members().entrySet()) {
                    String sub = Tokens.claims(tokenOf.get(m.getKey())).path("sub").asText();
                    Map<String, Object> body = Map.of("username", m.getKey(), "role", m.getValue());
                    Http.Response r = call(() -> Http.send("PUT", base + "/api/projects/" + ids.get(p.key())
                            + "/members/" + sub, tokenOf.get(p.owner()), body, Map.of()));
                    expect(r, 201, 200);
                    members++;
                }
            }
            out.accept("  demo         " + members + " project memberships");
        }

        // 3. A kick-off meeting with an action item, and a lesson learned, matched by title so they exist once.
        if (api.supports("POST", "/api/projects/{projectId}/meetings")) {
            String erp = base + "/api/projects/" + ids.get("erp");
            String pm = tokenOf.get("pm");
            Http.Response meetings = call(() -> Http.get(erp + "/meetings?size=200", pm));
            expect(meetings, 200);
            if (!meetings.json().path("items").toString().contains("\"ERP upgrade kick-off\"")) {
                LocalDate day = today.plusWeeks(2);
                String pmSub = Tokens.claims(pm).path("sub").asText();
                String devSub = Tokens.claims(tokenOf.get("dev")).path("sub").asText();
                Http.Response meeting = call(() -> Http.post(erp + "/meetings", pm, Map.of(
                        "title", "ERP upgrade kick-off", "kind", "KICK_OFF",
                        "start", day + "T09:30:00", "end", day + "T11:00:00", "timeZone", "Europe/Berlin",
                        "location", "Room 2.04", "attendees", List.of(Map.of("userId", pmSub), Map.of("userId", devSub),
                                Map.of("name", "Dana Whitfield", "email", "dana.whitfield@example.com")),
                        "agenda", List.of(Map.of("title", "Scope and interfaces", "minutesAllotted", 30),
                                Map.of("title", "Test cycles with finance and logistics", "minutesAllotted", 40)))));
                expect(meeting, 201);
                String items = erp + "/meetings/" + meeting.json().path("id").asText() + "/action-items";
                expect(call(() -> Http.post(items, pm, Map.of("description",
                        "List the 14 interfaces with their owners", "owner", Map.of("userId", devSub),
                        "dueDate", day.plusDays(5).toString()))), 201);
                out.accept("  demo         a kick-off meeting with an action item");
            }
        }
        if (api.supports("POST", "/api/projects/{projectId}/lessons")) {
            String desk = base + "/api/projects/" + ids.get("servicedesk");
            Http.Response lessons = call(() -> Http.get(desk + "/lessons?size=200", tokenOf.get("pm")));
            expect(lessons, 200);
            if (lessons.json().path("totalItems").asInt() == 0) {
                expect(call(() -> Http.post(desk + "/lessons", tokenOf.get("pm"), Map.of(
                        "title", "Clean the knowledge base before migrating it", "outcome", "WENT_BADLY",
                        "category", "PROCESS", "impact", "MEDIUM",
                        "description", "A third of the migrated articles were outdated and had to be retired after"
                                + " go-live, which confused the service desk for weeks.",
                        "recommendation", "Have each team review its articles before the migration freeze.",
                        "tags", List.of("knowledge base", "migration")))), 201);
                out.accept("  demo         a lesson learned");
            }
        }

        // 4. People, with an engineer over-booked on the ERP upgrade's critical path (resources-service says so).
        if (api.supports("POST", "/api/resources/people")
                && api.supports("POST", "/api/resources/projects/{projectId}/allocations")) {
            seedPeople(base, tokenOf, ids.get("erp"));
        }

        // 4b. The Windows 11 upgrade, under way: costs planned, a baseline, progress and approved hours, so that its
        // earned value (reporting-service) shows real figures.
        if (api.supports("POST", "/api/projects/{projectId}/baselines")
                && api.supports("POST", "/api/resources/people/{personId}/time-entries")) {
            seedEarnedValue(base, tokenOf, ids.get("win11"));
        }

        // 4c. A hardware inventory, and the ERP upgrade's test server reserved for a task of its plan that runs past
        // the server's warranty (resources-service announces the lifecycle risk; risk-service raises it).
        if (api.supports("POST", "/api/resources/assets/import")
                && api.supports("POST", "/api/resources/projects/{projectId}/asset-reservations")) {
            seedHardware(base, tokenOf, ids.get("erp"));
        }

        // 5. Risk registers of the ERP upgrade and the SD-WAN migration.
        if (api.supports("POST", "/api/risks/projects/{projectId}/risks")) {
            seedRisks(base, tokenOf.get("pm"), ids.get("erp"), ERP_RISKS);
            seedRisks(base, tokenOf.get("pmo"), ids.get("sdwan"), SDWAN_RISKS);
        }

        // 5b. Schedule risk analysis of the ERP upgrade: three-point estimates, the testing tasks correlated, the
        // interfaces risk on regression testing, and a first simulation.
        if (api.supports("POST", "/api/risks/projects/{projectId}/simulations")) {
            seedScheduleRisk(base, tokenOf.get("pm"), ids.get("erp"));
        }

        // 6. Reporting builds its portfolio from the events: wait until it shows every demo project.
        if (api.supports("GET", "/api/reports/portfolio")) {
            Set<String> missing = new HashSet<>(ids.values());
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!missing.isEmpty() && System.nanoTime() < deadline) {
                Http.Response r = call(() -> Http.get(base + "/api/reports/portfolio?size=200", tokenOf.get("pmo")));
                if (r.status() == 200) {
                    for (JsonNode item : r.json().path("items")) {
                        missing.remove(item.path("projectId").asText());
                    }
                }
                if (!missing.isEmpty()) {
                    Child.sleep(250);
                }
            }
            out.accept(missing.isEmpty()
                    ? "  demo         reporting's portfolio lists all " + ids.size() + " demo projects"
                    : "  demo         warning: reporting's portfolio still misses " + missing.size()
                      + " demo projects after 30 s (see "
                      + StackException.display(config.root(), config.logs().resolve("reporting-service.log")) + ")");
        }
        return ids;
    }

    /** A demo risk, and optionally an action of its response. */
    record DemoRisk(String title, String category, String cause, String event, String effect, int probability,
                    int impact, Integer residualProbability, Integer residualImpact, Integer costImpact,
                    Integer scheduleDays, String strategy, String action) {
    }

    static final List<DemoRisk> ERP_RISKS = List.of(
            new DemoRisk("Legacy customer data fails validation during migration", "DATA_MIGRATION",
                    "Customer records were entered without validation for 15 years",
                    "A large share of records is rejected by the new ERP at the cut-over load",
                    "Go-live slips while the data is cleansed by hand", 4, 4, 2, 3, 40000, 15, "MITIGATE",
                    "Run a trial load with the cleansing rules"),
            new DemoRisk("Interfaces to the warehouse system break after the upgrade", "NEW_TECHNOLOGY",
                    "The upgrade changes the ERP's integration APIs", "Stock movements stop reaching the warehouse",
                    "Shipments are delayed until the interfaces are fixed", 3, 5, 2, 4, 60000, 10, "MITIGATE",
                    "Test the 14 interfaces in the second test cycle"),
            new DemoRisk("Key Oracle DBA is over-booked across projects", "RESOURCE",
                    "One DBA knows the ERP database", "The DBA is not available when the migration needs her",
                    "Migration tasks on the critical path wait", 3, 3, null, null, null, 5, "ESCALATE", null),
            new DemoRisk("Vendor ends support for the current release early", "VENDOR",
                    "The vendor announced a shorter support window", "Security patches stop before go-live",
                    "Running unsupported software for several months", 2, 4, null, null, 25000, null, "ACCEPT", null),
            new DemoRisk("Finance users reject the new approval workflow", "OPERATIONS",
                    "The approval workflow changes for 300 users", "Users work around the system",
                    "Month-end closing takes longer", 3, 2, null, null, null, null, null, null));

    static final List<DemoRisk> SDWAN_RISKS = List.of(
            new DemoRisk("Carrier misses circuit delivery dates in remote sites", "VENDOR",
                    "Local carriers deliver broadband lines late in rural areas", "Sites cannot cut over on schedule",
                    "The MPLS contract must be extended for some sites", 4, 3, 3, 2, 30000, 20, "TRANSFER",
                    "Add delivery penalties to the carrier contract"),
            new DemoRisk("Firewall policy gaps during the cut-over", "CYBERSECURITY",
                    "Policies are rebuilt for the SD-WAN edge devices", "Traffic is allowed that the old rules blocked",
                    "A security incident in a branch office", 2, 5, 1, 5, null, null, "MITIGATE",
                    "Review the edge policies with the security team before each wave"));

    /** The project's demo risks, matched by title so a second run adds none; the first one's response has an action. */
    private void seedRisks(String base, String token, String project, List<DemoRisk> risks) {
        String register = base + "/api/risks/projects/" + project + "/risks";
        // risk-service learns of the project from projects-service's events: wait until it knows it.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Response listed = call(() -> Http.get(register + "?size=200", token));
        while (listed.status() == 404 && System.nanoTime() < deadline) {
            Child.sleep(250);
            listed = call(() -> Http.get(register + "?size=200", token));
        }
        expect(listed, 200);
        String existing = listed.json().path("items").toString();
        int added = 0;
        for (DemoRisk risk : risks) {
            if (existing.contains("\"" + risk.title() + "\"")) {
                continue;
            }
            Map<String, Object> body = new HashMap<>();
            body.put("title", risk.title());
            body.put("category", risk.category());
            body.put("cause", risk.cause());
            body.put("event", risk.event());
            body.put("effect", risk.effect());
            body.put("probability", risk.probability());
            body.put("impact", risk.impact());
            if (risk.residualProbability() != null) {
                body.put("residualProbability", risk.residualProbability());
                body.put("residualImpact", risk.residualImpact());
            }
            if (risk.costImpact() != null) {
                body.put("costImpact", risk.costImpact());
                body.put("currency", "EUR");
            }
            if (risk.scheduleDays() != null) {
                body.put("scheduleImpactDays", risk.scheduleDays());
            }
            if (risk.strategy() != null) {
                body.put("strategy", risk.strategy());
            }
            Http.Response r = call(() -> Http.post(register, token, body));
            expect(r, 201);
            String id = r.json().path("id").asText();
            String etag = r.header("ETag") == null ? "*" : r.header("ETag");
            expect(call(() -> Http.post(register + "/" + id + "/transitions", token, Map.of("to", "ASSESSED"),
                    Map.of("If-Match", etag))), 200);
            if (risk.action() != null) {
                expect(call(() -> Http.post(register + "/" + id + "/actions", token, Map.of("description",
                        risk.action(), "dueOn", LocalDate.now().plusWeeks(3).toString()))), 201);
            }
            added++;
        }
        out.accept("  demo         " + added + " risks in a register (" + (risks.size() - added) + " already there)");
    }

    /** The ERP risk that the demo maps onto regression testing as a probabilistic event. */
    static final String ERP_INTERFACES_RISK = "Interfaces to the warehouse system break after the upgrade";
    /** The ERP task that risk hits: on the critical path. */
    static final String ERP_REGRESSION_TASK = "Regression testing";
    /** The seed of the demo's simulation, so that it can be repeated. */
    static final long DEMO_SEED = 2027;

    /**
     * The ERP upgrade's schedule risk inputs — the testing and analysis tasks estimated with three points, skewed
     * late; the other tasks −10 % to +25 %; the three testing tasks correlated; the interfaces risk as a 35 % chance
     * of adding three to ten days to regression testing — and a first simulation of 10,000 iterations. Once only: a
     * second run finds the inputs and the simulation.
     */
    private void seedScheduleRisk(String base, String pm, String erp) {
        String risks = base + "/api/risks/projects/" + erp;
        Http.Response inputs = call(() -> Http.get(risks + "/schedule-risk-inputs", pm));
        expect(inputs, 200);
        if (inputs.json().path("version").asLong() == 0) {
            Map<String, String> taskIds = new HashMap<>();
            for (JsonNode t : call(() -> Http.get(base + "/api/projects/" + erp + "/schedule", pm)).json()
                    .path("tasks")) {
                taskIds.put(t.path("name").asText(), t.path("id").asText());
            }
            String riskId = null;
            for (JsonNode r : call(() -> Http.get(risks + "/risks?size=200", pm)).json().path("items")) {
                if (ERP_INTERFACES_RISK.equals(r.path("title").asText())) {
                    riskId = r.path("id").asText();
                }
            }
            List<Map<String, Object>> estimates = new ArrayList<>();
            Map<String, int[]> days = new LinkedHashMap<>();
            days.put("Release gap and compatibility analysis", new int[] {4, 5, 9});
            days.put(ERP_REGRESSION_TASK, new int[] {8, 10, 18});
            days.put("User acceptance testing", new int[] {4, 5, 10});
            days.put("Performance testing", new int[] {2, 3, 6});
            days.put("Upgrade production", new int[] {1, 2, 4});
            days.forEach((name, d) -> {
                if (taskIds.containsKey(name)) {
                    estimates.add(Map.of("taskId", taskIds.get(name), "distribution", "PERT",
                            "optimisticMinutes", d[0] * 480, "mostLikelyMinutes", d[1] * 480,
                            "pessimisticMinutes", d[2] * 480));
                }
            });
            List<String> testing = Stream.of(ERP_REGRESSION_TASK, "User acceptance testing", "Performance testing")
                    .filter(taskIds::containsKey).map(taskIds::get).toList();
            Map<String, Object> body = new HashMap<>();
            body.put("defaultDistribution", "TRIANGULAR");
            body.put("defaultLowPercent", -10);
            body.put("defaultHighPercent", 25);
            body.put("estimates", estimates);
            body.put("correlationGroups", testing.size() < 2 ? List.of()
                    : List.of(Map.of("name", "Testing", "correlation", 0.6, "taskIds", testing)));
            body.put("riskEvents", riskId == null || !taskIds.containsKey(ERP_REGRESSION_TASK) ? List.of()
                    : List.of(Map.of("riskId", riskId, "probability", 0.35, "taskIds",
                    List.of(taskIds.get(ERP_REGRESSION_TASK)), "impact", Map.of("distribution", "TRIANGULAR",
                            "minMinutes", 3 * 480, "mostLikelyMinutes", 5 * 480, "maxMinutes", 10 * 480))));
            expect(call(() -> Http.send("PUT", risks + "/schedule-risk-inputs", pm, body,
                    Map.of("If-Match", "\"0\""))), 200);
        }
        String simulations = risks + "/simulations";
        Http.Response listed = call(() -> Http.get(simulations, pm));
        expect(listed, 200);
        if (listed.json().path("totalItems").asInt() > 0) {
            out.accept("  demo         schedule risk inputs and a simulation of the ERP upgrade (already there)");
            return;
        }
        // risk-service may not have the ERP schedule yet.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Map<String, Object> request = Map.of("iterations", 10_000, "seed", DEMO_SEED);
        Http.Response queued = call(() -> Http.post(simulations, pm, request));
        while (queued.status() == 409 && System.nanoTime() < deadline) {
            Child.sleep(250);
            queued = call(() -> Http.post(simulations, pm, request));
        }
        expect(queued, 202);
        String location = simulations + "/" + queued.json().path("id").asText();
        JsonNode done = queued.json();
        while (!"COMPLETED".equals(done.path("status").asText()) && !"FAILED".equals(done.path("status").asText())
                && System.nanoTime() < deadline + Duration.ofSeconds(30).toNanos()) {
            Child.sleep(250);
            done = call(() -> Http.get(location, pm)).json();
        }
        JsonNode finish = done.path("result").path("finish");
        out.accept("COMPLETED".equals(done.path("status").asText())
                ? "  demo         a simulation of the ERP upgrade: P50 " + finish.path("p50").asText().substring(0, 10)
                  + ", P80 " + finish.path("p80").asText().substring(0, 10) + " (planned "
                  + done.path("result").path("plannedFinish").asText().substring(0, 10) + ")"
                : "  demo         a simulation of the ERP upgrade is " + done.path("status").asText() + " "
                  + done.path("failure").asText(""));
    }

    /** A demo person: name, job family, team, weekly hours, skills, and the demo user it is, if any. */
    record DemoPerson(String name, String jobFamily, String team, int hours, Map<String, Integer> skills,
                      String username) {
    }

    static final List<DemoPerson> PEOPLE = List.of(
            new DemoPerson("Priya Raman", "PROJECT_MANAGER", "PMO", 40, Map.of("PRINCE2", 4), "pm"),
            new DemoPerson("Devon Clarke", "DEVELOPER", "Digital channels", 40, Map.of("Java", 4, "React", 3), "dev"),
            new DemoPerson("Aisha Khan", "DBA", "Data platform", 40, Map.of("Oracle", 5, "PostgreSQL", 4), null),
            new DemoPerson("Tomás Silva", "NETWORK_ENGINEER", "Networks", 40, Map.of("Cisco IOS", 4, "Wi-Fi", 4), null),
            new DemoPerson("Mei Chen", "TESTER", "Quality", 32, Map.of("Test automation", 4), null),
            new DemoPerson("Lars Eriksen", "SECURITY_ENGINEER", "Security", 40, Map.of("Firewalls", 4), null),
            new DemoPerson("Fatima Nouri", "ARCHITECT", "Architecture", 40, Map.of("Integration", 5), null),
            new DemoPerson("Jonas Weber", "SYSTEM_ADMINISTRATOR", "Infrastructure", 40,
                    Map.of("Windows Server", 4, "VMware", 3), null));

    /**
     * The demo people (matched by email, so a second run adds none), and on the ERP upgrade the DBA full time on the
     * first critical task of its plan and half time on the project over the same days: over-allocated, which
     * resources-service announces. Allocations are added only to a project that has none yet.
     */
    private void seedPeople(String base, Map<String, String> tokenOf, String erp) {
        String rm = tokenOf.get("rm");
        Http.Response listed = call(() -> Http.get(base + "/api/resources/people?size=200", rm));
        expect(listed, 200);
        Map<String, String> byEmail = new HashMap<>();
        listed.json().path("items").forEach(p -> byEmail.put(p.path("email").asText(), p.path("id").asText()));
        int added = 0;
        for (DemoPerson p : PEOPLE) {
            String email = emailOf(p.name());
            if (byEmail.containsKey(email)) {
                continue;
            }
            Map<String, Object> body = new HashMap<>(Map.of("name", p.name(), "email", email, "jobFamily",
                    p.jobFamily(), "team", p.team(), "capacityHoursPerWeek", p.hours(),
                    "skills", p.skills().entrySet().stream().map(e -> Map.of("name", e.getKey(), "level", e.getValue()))
                            .toList(),
                    "rates", List.of(Map.of("effectiveFrom", LocalDate.now().withDayOfYear(1).toString(),
                            "hourlyRate", 85, "currency", "EUR"))));
            if (p.username() != null) {
                body.put("username", p.username());
            }
            Http.Response r = call(() -> Http.post(base + "/api/resources/people", rm, body));
            expect(r, 201);
            byEmail.put(email, r.json().path("id").asText());
            added++;
        }
        out.accept("  demo         " + added + " people added, " + (PEOPLE.size() - added) + " already there");

        String allocations = base + "/api/resources/projects/" + erp + "/allocations";
        String pm = tokenOf.get("pm");
        Http.Response existing = call(() -> Http.get(allocations, pm));
        if (existing.status() != 200 || existing.json().size() > 0) {
            return;
        }
        String critical = null;
        for (JsonNode t : call(() -> Http.get(base + "/api/projects/" + erp + "/schedule", pm)).json().path("tasks")) {
            if (critical == null && t.path("critical").asBoolean() && !t.path("summary").asBoolean()
                    && !t.path("milestone").asBoolean()) {
                critical = t.path("id").asText();
            }
        }
        if (critical == null) {
            return;
        }
        String taskId = critical;
        String dba = byEmail.get(emailOf("Aisha Khan"));
        Map<String, Object> onTask = Map.of("personId", dba, "taskId", taskId, "percent", 100, "role", "Migration DBA");
        // resources-service learns the plan's dates from the schedules topic, a moment after the project exists.
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Response task = call(() -> Http.post(allocations, pm, onTask));
        while (task.status() == 400 && System.nanoTime() < deadline) {
            Child.sleep(250);
            task = call(() -> Http.post(allocations, pm, onTask));
        }
        expect(task, 201);
        JsonNode placed = task.json();
        expect(call(() -> Http.post(allocations, pm, Map.of("personId", dba, "percent", 50, "role", "Data migration",
                "firstDay", placed.path("firstDay").asText(), "lastDay", placed.path("lastDay").asText()))), 201);
        out.accept("  demo         the ERP upgrade's DBA allocated to a critical task and over-booked");
    }

    /**
     * The Windows 11 upgrade started two weeks ago: each task's planned cost is its work at 85 EUR an hour; the plan is
     * baselined; at today's status date the tasks that should be done are reported done but the last of them at 80%,
     * and the one under way at four fifths of its planned share (a little behind); two engineers' hours since the start
     * are entered and approved by the project's manager. Skipped when the project has a baseline already.
     */
    private void seedEarnedValue(String base, Map<String, String> tokenOf, String win11) {
        String pm = tokenOf.get("pm");
        String rm = tokenOf.get("rm");
        String project = base + "/api/projects/" + win11;
        Http.Response baselines = call(() -> Http.get(project + "/baselines", pm));
        if (baselines.status() != 200 || baselines.json().path("totalItems").asInt() > 0) {
            return;
        }
        List<JsonNode> work = new ArrayList<>();
        call(() -> Http.get(project + "/schedule", pm)).json().path("tasks").forEach(t -> {
            if (!t.path("summary").asBoolean() && !t.path("milestone").asBoolean()) {
                work.add(t);
            }
        });
        if (work.isEmpty()) {
            return;
        }
        for (JsonNode t : work) {
            String task = project + "/tasks/" + t.path("id").asText();
            Http.Response read = call(() -> Http.get(task, pm));
            java.math.BigDecimal cost = java.math.BigDecimal.valueOf(read.json().path("durationMinutes").asLong())
                    .multiply(java.math.BigDecimal.valueOf(85)).divide(java.math.BigDecimal.valueOf(60), 2,
                            java.math.RoundingMode.HALF_UP);
            expect(call(() -> Http.send("PATCH", task, pm, Map.of("plannedCost", cost),
                    Map.of("If-Match", read.header("ETag")))), 200);
        }
        expect(call(() -> Http.post(project + "/baselines", pm, Map.of("name", "Approved plan",
                "description", "Plan approved by the change advisory board"))), 201);
        java.time.LocalDateTime statusDate = LocalDate.now().atTime(17, 0);
        String progressEtag = call(() -> Http.get(project + "/progress", pm)).header("ETag");
        expect(call(() -> Http.send("PUT", project + "/progress/status-date", pm,
                Map.of("statusDate", statusDate.toString()), Map.of("If-Match", progressEtag))), 200);
        List<Map<String, Object>> updates = new ArrayList<>();
        JsonNode lastDone = null;
        for (JsonNode t : work) {
            if (java.time.LocalDateTime.parse(t.path("finish").asText()).isAfter(statusDate)) {
                continue;
            }
            lastDone = lastDone == null || t.path("finish").asText().compareTo(lastDone.path("finish").asText()) > 0
                    ? t : lastDone;
        }
        for (JsonNode t : work) {
            java.time.LocalDateTime start = java.time.LocalDateTime.parse(t.path("start").asText());
            java.time.LocalDateTime finish = java.time.LocalDateTime.parse(t.path("finish").asText());
            int percent;
            if (!finish.isAfter(statusDate)) {
                percent = t == lastDone ? 80 : 100;
            } else if (start.isBefore(statusDate)) {
                double share = (double) Duration.between(start, statusDate).toMinutes()
                        / Duration.between(start, finish).toMinutes();
                percent = (int) Math.round(share * 80);
            } else {
                continue;
            }
            if (percent > 0) {
                updates.add(Map.of("taskId", t.path("id").asText(), "percentComplete", percent));
            }
        }
        if (!updates.isEmpty()) {
            expect(call(() -> Http.post(project + "/progress", pm, Map.of("updates", updates))), 200);
        }

        // Two engineers on the project since its start, their hours approved.
        Http.Response people = call(() -> Http.get(base + "/api/resources/people?size=200", rm));
        Map<String, String> byEmail = new HashMap<>();
        people.json().path("items").forEach(p -> byEmail.put(p.path("email").asText(), p.path("id").asText()));
        LocalDate start = LocalDate.parse(call(() -> Http.get(project, pm)).json().path("startDate").asText());
        LocalDate yesterday = LocalDate.now().minusDays(1);
        if (yesterday.isBefore(start)) {
            return;
        }
        List<String> entries = new ArrayList<>();
        for (String name : List.of("Jonas Weber", "Tomás Silva")) {
            String person = byEmail.get(emailOf(name));
            if (person == null) {
                continue;
            }
            Map<String, Object> allocation = Map.of("personId", person, "percent", 100, "role", "Rollout engineer",
                    "firstDay", start.toString(), "lastDay", LocalDate.now().plusWeeks(4).toString());
            String allocations = base + "/api/resources/projects/" + win11 + "/allocations";
            // resources-service learns of the project from its events, a moment after it exists.
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Http.Response allocated = call(() -> Http.post(allocations, pm, allocation));
            while (allocated.status() == 404 && System.nanoTime() < deadline) {
                Child.sleep(250);
                allocated = call(() -> Http.post(allocations, pm, allocation));
            }
            expect(allocated, 201);
            for (LocalDate day = start; !day.isAfter(yesterday); day = day.plusDays(1)) {
                if (day.getDayOfWeek().getValue() > 5) {
                    continue;
                }
                LocalDate worked = day;
                Http.Response entry = call(() -> Http.post(base + "/api/resources/people/" + person + "/time-entries",
                        rm, Map.of("projectId", win11, "day", worked.toString(), "hours", 8,
                                "note", "Pilot wave: imaging and hardware checks")));
                expect(entry, 201);
                entries.add(entry.json().path("id").asText());
            }
        }
        if (!entries.isEmpty()) {
            expect(call(() -> Http.post(base + "/api/resources/projects/" + win11 + "/time-entries/decisions", pm,
                    Map.of("entryIds", entries, "decision", "APPROVED", "note", "Matches the rollout log"))), 200);
        }
        // The developer (demo user dev) packages applications on the next task to finish: their "my work".
        String developer = byEmail.get(emailOf("Devon Clarke"));
        JsonNode next = work.stream().filter(t -> java.time.LocalDateTime.parse(t.path("finish").asText())
                .isAfter(statusDate)).findFirst().orElse(null);
        if (developer != null && next != null) {
            Map<String, Object> onTask = Map.of("personId", developer, "taskId", next.path("id").asText(),
                    "percent", 50, "role", "Application packaging");
            String allocations = base + "/api/resources/projects/" + win11 + "/allocations";
            long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            Http.Response allocated = call(() -> Http.post(allocations, pm, onTask));
            while (allocated.status() == 400 && System.nanoTime() < deadline) {
                Child.sleep(250);
                allocated = call(() -> Http.post(allocations, pm, onTask));
            }
            expect(allocated, 201);
        }
        out.accept("  demo         the Windows 11 upgrade baselined, " + updates.size() + " tasks with progress, "
                + entries.size() + " days of hours approved");
    }

    /** The ERP upgrade's test server: reserved for a task of the ERP plan, its warranty ending during the task. */
    static final String ERP_TEST_SERVER = "SRV-0142";

    /**
     * The inventory (imported as CSV, once: a second run finds assets and adds none), with dates relative to today,
     * and the ERP test server reserved for the first task of the ERP plan that lasts a few days: its warranty ends on
     * the task's second day.
     */
    private void seedHardware(String base, Map<String, String> tokenOf, String erp) {
        String rm = tokenOf.get("rm");
        String pm = tokenOf.get("pm");
        Http.Response listed = call(() -> Http.get(base + "/api/resources/assets?size=1", rm));
        expect(listed, 200);
        if (listed.json().path("totalItems").asInt() > 0) {
            return;
        }
        JsonNode task = null;
        for (JsonNode t : call(() -> Http.get(base + "/api/projects/" + erp + "/schedule", pm)).json().path("tasks")) {
            if (!t.path("summary").asBoolean() && !t.path("milestone").asBoolean()
                    && LocalDate.parse(t.path("finish").asText().substring(0, 10))
                    .isAfter(LocalDate.parse(t.path("start").asText().substring(0, 10)).plusDays(1))
                    && (task == null || t.path("start").asText().compareTo(task.path("start").asText()) < 0)) {
                task = t;
            }
        }
        LocalDate today = LocalDate.now();
        LocalDate warrantyEnd = task == null ? today.plusYears(1)
                : LocalDate.parse(task.path("start").asText().substring(0, 10)).plusDays(1);
        String csv = "assetTag,type,manufacturer,model,serialNumber,location,purchaseDate,purchaseCost,currency,"
                + "warrantyEnd,endOfLife,notes\n"
                + inventoryRow(ERP_TEST_SERVER, "SERVER", "Dell", "PowerEdge R750", "DC1 rack 14", today.minusYears(4),
                "18400.00", warrantyEnd, today.plusYears(2), "ERP test server")
                + inventoryRow("SRV-0143", "SERVER", "Dell", "PowerEdge R760", "DC1 rack 14", today.minusMonths(8),
                "21900.00", today.plusYears(4), today.plusYears(6), "Spare ERP test server")
                + inventoryRow("SW-0311", "SWITCH", "Cisco", "Catalyst 9300", "DC1 rack 15", today.minusYears(2),
                "7400.00", today.plusYears(3), today.plusYears(5), null)
                + inventoryRow("SW-0312", "SWITCH", "Cisco", "Catalyst 9300", "Store room 2", today.minusYears(2),
                "7400.00", today.plusYears(3), today.plusYears(5), "For the Wi-Fi rollout's pilot branch")
                + inventoryRow("FW-0021", "FIREWALL", "Fortinet", "FortiGate 200F", "DC1 rack 15",
                today.minusYears(5), "9800.00", today.minusMonths(3), today.plusMonths(9), "Out of warranty")
                + inventoryRow("AP-1201", "ACCESS_POINT", "Cisco", "Catalyst 9136", "Store room 2", today.minusYears(1),
                "1150.00", today.plusYears(4), today.plusYears(7), null)
                + inventoryRow("AP-1202", "ACCESS_POINT", "Cisco", "Catalyst 9136", "Store room 2", today.minusYears(1),
                "1150.00", today.plusYears(4), today.plusYears(7), null)
                + inventoryRow("LT-00412", "LAPTOP", "Lenovo", "ThinkPad T14 Gen 5", "HQ store room 2",
                today.minusMonths(10), "1349.00", today.plusYears(2), today.plusYears(4), "Docking station included")
                + inventoryRow("LT-00413", "LAPTOP", "Lenovo", "ThinkPad T14 Gen 5", "HQ store room 2",
                today.minusMonths(10), "1349.00", today.plusYears(2), today.plusYears(4), null)
                + inventoryRow("LT-00207", "LAPTOP", "HP", "EliteBook 840 G6", "HQ store room 2", today.minusYears(5),
                "1190.00", today.minusYears(2), today.plusMonths(4), "Does not meet Windows 11's requirements")
                + inventoryRow("TD-0007", "TEST_DEVICE", "Zebra", "TC58", "Field service lab", today.minusYears(1),
                "1450.00", today.plusYears(2), today.plusYears(5), "Field service app test handset");
        expect(call(() -> Http.post(base + "/api/resources/assets/import", rm, csv,
                Map.of("Content-Type", "text/csv"))), 200);
        if (task == null) {
            out.accept("  demo         an inventory of 11 assets");
            return;
        }
        Http.Response server = call(() -> Http.get(base + "/api/resources/assets?size=200", rm));
        String serverId = null;
        for (JsonNode a : server.json().path("items")) {
            if (ERP_TEST_SERVER.equals(a.path("assetTag").asText())) {
                serverId = a.path("id").asText();
            }
        }
        Map<String, Object> reservation = Map.of("assetId", serverId, "taskId", task.path("id").asText(),
                "note", "Regression test environment");
        String reservations = base + "/api/resources/projects/" + erp + "/asset-reservations";
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        Http.Response reserved = call(() -> Http.post(reservations, pm, reservation));
        // resources-service may not have the project or its schedule yet.
        while ((reserved.status() == 400 || reserved.status() == 404) && System.nanoTime() < deadline) {
            Child.sleep(250);
            reserved = call(() -> Http.post(reservations, pm, reservation));
        }
        expect(reserved, 201);
        out.accept("  demo         an inventory of 11 assets; the ERP test server reserved for \""
                + task.path("name").asText() + "\", past its warranty");
    }

    private static String inventoryRow(String tag, String type, String manufacturer, String model, String location,
                                       LocalDate bought, String cost, LocalDate warrantyEnd, LocalDate endOfLife,
                                       String notes) {
        return String.join(",", tag, type, manufacturer, model, "SN" + tag.replace("-", ""), location,
                bought.toString(), cost, "EUR", warrantyEnd.toString(), endOfLife.toString(),
                notes == null ? "" : notes) + "\n";
    }

    private static String emailOf(String name) {
        return java.text.Normalizer.normalize(name, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(java.util.Locale.ROOT).replace(' ', '.') + "@example.com";
    }

    private Map<String, String> projectsByName(String base, String token) {
        Map<String, String> byName = new HashMap<>();
        for (int page = 0; page < 50; page++) {
            int p = page;
            Http.Response r = call(() -> Http.get(base + "/api/projects?page=" + p + "&size=200", token));
            expect(r, 200);
            List<JsonNode> items = new ArrayList<>();
            r.json().path("items").forEach(items::add);
            for (JsonNode item : items) {
                byName.putIfAbsent(item.path("name").asText(), item.path("id").asText());
            }
            if (items.size() < 200) {
                break;
            }
        }
        return byName;
    }

    private interface Call {
        Http.Response call() throws IOException;
    }

    private static Http.Response call(Call c) {
        try {
            return c.call();
        } catch (IOException e) {
            throw new StackException("demo seed: the API did not answer: " + e.getMessage());
        }
    }

    private static void expect(Http.Response r, int... statuses) {
        for (int s : statuses) {
            if (r.status() == s) {
                return;
            }
        }
        throw new StackException("demo seed: unexpected answer: " + r);
    }
}
