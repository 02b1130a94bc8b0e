package dev.gantry.bench.api;

import com.fasterxml.jackson.databind.JsonNode;
import org.HdrHistogram.Histogram;

import java.io.PrintStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * {@code bench/run availability}: resources-service's availability search over 2,000 people and 50,000 allocations,
 * and its re-evaluation of over-allocation after a task move that moves 500 allocations (design §8). The data set is
 * seeded once and recognised by later runs: people through the CSV import, allocations and absences straight into the
 * service's database (see bench/README.md for why), the projects they belong to through projects-service.
 */
public final class AvailabilityBench {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    private static final Set<String> OPTIONS = Set.of("people", "allocations", "reps", "warmup-reps", "move-people",
            "moves", "warmup-moves", "connections", "seed", "settle-seconds", "move-timeout");
    private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
    /** The seed's marks: its people's email domain and the note of its allocations and absences. */
    static final String EMAIL_DOMAIN = "@avail-bench.example";
    static final String SEED_NOTE = "bench/run availability seed";
    /** The seeded year: allocations and absences lie in it, the searches look into it. */
    static final LocalDate YEAR_START = LocalDate.of(2027, 1, 4);
    static final LocalDate YEAR_END = LocalDate.of(2027, 12, 31);
    /** The task-move project starts after the seeded year, so its over-allocation is the move's alone. */
    static final LocalDate MOVE_START = LocalDate.of(2028, 3, 6);
    static final int TASK_DAYS = 20;
    static final int EXTENSION_DAYS = 5;
    static final String REEVALUATION_METRIC = "gantry_load_reevaluation_seconds";
    static final String BUDGET_NOTE = "design §8: availability search p50 ≤ 50 ms; re-evaluation after a task move"
            + " affecting 500 allocations ≤ 200 ms";

    private static final String[] SKILLS = {"Java", "SQL", "Linux", "PostgreSQL", "Python", "Kubernetes", "Oracle",
            "Networking", "Windows Server", "JavaScript", "Testing", "Agile", "AWS", "Azure", "Terraform", "Ansible",
            "SAP", "Security", "Kafka", "ITIL", "C#", "Go", "React", "Data modelling", "Power BI", "VMware",
            "Cisco", "SharePoint", "COBOL", "Mainframe"};
    /** How common each skill is (share of people who have it), in the order of {@link #SKILLS}. */
    private static final double[] SKILL_SHARE = {0.40, 0.50, 0.35, 0.25, 0.25, 0.15, 0.12, 0.12, 0.10, 0.20,
            0.20, 0.25, 0.12, 0.10, 0.08, 0.08, 0.05, 0.08, 0.06, 0.15, 0.08, 0.05, 0.10, 0.08, 0.06, 0.06,
            0.05, 0.04, 0.03, 0.03};
    private static final String[] FAMILIES = {"DEVELOPER", "DEVELOPER", "DEVELOPER", "TESTER", "DBA",
            "SYSTEM_ADMINISTRATOR", "NETWORK_ENGINEER", "BUSINESS_ANALYST", "ARCHITECT", "DEVOPS_ENGINEER",
            "SECURITY_ENGINEER", "SUPPORT_ENGINEER", "DATA_ENGINEER", "PROJECT_MANAGER", "SYSTEM_ANALYST"};

    /** One search, as the API is asked. */
    record Query(String name, String params) {
    }

    static final List<Query> QUERIES = List.of(
            new Query("common skill, 4 weeks", "skill=Java&hours=40&from=2027-04-05&to=2027-05-02"),
            new Query("rare skill >= 4, quarter", "skill=COBOL&minLevel=4&hours=100&from=2027-07-01&to=2027-09-30"),
            new Query("no skill filter, 2 weeks", "hours=16&from=2027-10-04&to=2027-10-17"),
            new Query("team and skill, 8 weeks", "skill=SQL&minLevel=3&team=Team%2007&hours=80&from=2027-02-01"
                    + "&to=2027-03-28"));

    private AvailabilityBench() {
    }

    public static void main(String[] args) {
        Path output = Path.of(args[0]);
        Options o = Options.ofMain("availability", args, OPTIONS);
        int people = o.integer("people", 2000);
        int allocations = o.integer("allocations", 50_000);
        int reps = o.integer("reps", 100);
        int warmupReps = o.integer("warmup-reps", 20);
        int movePeople = Math.min(o.integer("move-people", 500), people);
        int moves = o.integer("moves", 10);
        int warmupMoves = o.integer("warmup-moves", 3);
        int connections = o.integer("connections", 8);
        String seedMode = o.string("seed", "jdbc");
        double settleSeconds = o.integer("settle-seconds", 30);
        Duration moveTimeout = Duration.ofSeconds(o.integer("move-timeout", 60));
        if (!seedMode.equals("jdbc") && !seedMode.equals("rest")) {
            System.err.println("bench/run availability: --seed= is jdbc or rest");
            System.exit(2);
        }
        Path root = Path.of(System.getProperty("gantry.root", ".")).toAbsolutePath().normalize();
        String runId = Long.toString(System.currentTimeMillis(), 36);

        Map<String, Object> report = new LinkedHashMap<>();
        report.put("benchmark", "availability");
        report.put("startedAt", Instant.now().toString());
        report.put("machine", Machine.describe());
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("people", people);
        options.put("allocations", allocations);
        options.put("reps", reps);
        options.put("warmupReps", warmupReps);
        options.put("movePeople", movePeople);
        options.put("moves", moves);
        options.put("warmupMoves", warmupMoves);
        options.put("connections", connections);
        options.put("seed", seedMode);
        options.put("settleSeconds", settleSeconds);
        report.put("options", options);
        report.put("budgets", BUDGET_NOTE);
        List<Map<String, Object>> searches = new ArrayList<>();
        Map<String, Object> move = new LinkedHashMap<>();
        try (LocalStack stack = LocalStack.attachOrStart(root, OUT)) {
            report.put("serviceJvmOptions", String.join(" ", stack.serviceJvmOptions()));
            Tokens tokens = new Tokens(stack.issuerUrl());
            Api projects = new Api(stack.serviceUrl(), tokens.get("pm"));
            Api resources = new Api(stack.resourcesUrl(), tokens.get("rm"));
            Api admin = new Api(stack.resourcesUrl(), tokens.get("admin"));
            Supplier<Void> refresh = () -> {
                projects.token(tokens.get("pm"));
                resources.token(tokens.get("rm"));
                admin.token(tokens.get("admin"));
                return null;
            };
            try (Connection db = DriverManager.getConnection(stack.jdbcUrl("resources") + "?reWriteBatchedInserts=true",
                    "resources", "resources")) {
                Seed seed = new Seed(people, allocations, connections, seedMode, runId, projects, resources, admin,
                        refresh, db);
                report.put("seed", seed.ensure());
                report.put("dataSet", seed.counts());

                for (Query q : QUERIES) {
                    refresh.get();
                    Machine.settle(settleSeconds, OUT);
                    searches.add(timeSearch(resources, q, reps, warmupReps));
                }
                report.put("searches", searches);

                refresh.get();
                new Move(projects, resources, admin, refresh, db, stack.resourcesUrl(), seed.moveCandidates(movePeople),
                        connections, runId, settleSeconds, moveTimeout, move).run(warmupMoves, moves);
                report.put("reevaluation", move);
            } catch (SQLException e) {
                throw new IllegalStateException("resources-service's database: " + e.getMessage(), e);
            }
            report.put("loadAverageAtEnd", Machine.loadAverage());
        } finally {
            report.put("finishedAt", Instant.now().toString());
            printTables(searches, move);
            Json.writeFile(output, report);
            OUT.println("Written " + output);
        }
    }

    // ---------------------------------------------------------------------------------------------- the searches

    private static Map<String, Object> timeSearch(Api api, Query q, int reps, int warmupReps) {
        String path = "/api/resources/availability?" + q.params() + "&limit=20";
        Histogram h = new Histogram(60_000_000L, 3);
        long errors = 0;
        String firstError = null;
        JsonNode sample = null;
        for (int i = 0; i < warmupReps + reps; i++) {
            Api.Reply r = api.get(path, CALL_TIMEOUT);
            if (!r.ok()) {
                errors++;
                if (firstError == null) {
                    firstError = r.describe();
                }
                continue;
            }
            if (sample == null) {
                sample = r.json();
            }
            if (i >= warmupReps) {
                h.recordValue(Math.max(1, r.nanos() / 1000));
            }
        }
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("query", q.name());
        m.put("request", "GET " + path);
        m.put("n", h.getTotalCount());
        m.put("p50Ms", ms(h, 50));
        m.put("p99Ms", ms(h, 99));
        m.put("maxMs", h.getTotalCount() == 0 ? null : h.getMaxValue() / 1000.0);
        m.put("errors", errors);
        m.put("firstError", firstError);
        m.put("candidates", sample == null ? null : sample.path("candidates").asInt());
        m.put("matchesReturned", sample == null ? null : sample.path("matches").size());
        m.put("loadAverage", Machine.loadAverage());
        OUT.printf(Locale.ROOT, "  %-28s n=%d p50 %.2f ms p99 %.2f ms candidates %s errors %d%n", q.name(),
                h.getTotalCount(), ms(h, 50), ms(h, 99), m.get("candidates"), errors);
        return m;
    }

    static Double ms(Histogram h, double percentile) {
        return h.getTotalCount() == 0 ? null : h.getValueAtPercentile(percentile) / 1000.0;
    }

    // ---------------------------------------------------------------------------------------------- the seed

    /** The data set: created when missing, recognised (and left as it is) when present. */
    static final class Seed {
        private final int people;
        private final int allocations;
        private final int connections;
        private final String mode;
        private final String runId;
        private final Api projects;
        private final Api resources;
        private final Api admin;
        private final Supplier<Void> refresh;
        private final Connection db;

        Seed(int people, int allocations, int connections, String mode, String runId, Api projects, Api resources,
             Api admin, Supplier<Void> refresh, Connection db) {
            this.people = people;
            this.allocations = allocations;
            this.connections = connections;
            this.mode = mode;
            this.runId = runId;
            this.projects = projects;
            this.resources = resources;
            this.admin = admin;
            this.refresh = refresh;
            this.db = db;
        }

        Map<String, Object> ensure() throws SQLException {
            Map<String, Object> m = new LinkedHashMap<>();
            int havePeople = count("select count(*) from person where email like '%" + EMAIL_DOMAIN + "'");
            if (havePeople != people) {
                if (havePeople > people) {
                    throw new IllegalStateException("the stack holds " + havePeople + " seeded people, more than"
                            + " --people=" + people + "; start a fresh stack (./gantry down; ./gantry up --fresh)");
                }
                long t0 = System.nanoTime();
                Api.Reply r = resources.post("/api/resources/people/import", "text/csv",
                        peopleCsv().getBytes(StandardCharsets.UTF_8), Duration.ofSeconds(120));
                if (!r.ok()) {
                    throw new IllegalStateException("people import: " + r.describe());
                }
                double s = (System.nanoTime() - t0) / 1e9;
                m.put("peopleImportSeconds", s);
                OUT.printf(Locale.ROOT, "Imported %,d people (CSV, one request) in %.2f s%n", people, s);
            } else {
                OUT.printf(Locale.ROOT, "Reusing the %,d seeded people%n", people);
            }
            int haveAllocations = count("select count(*) from allocation where note = '" + SEED_NOTE + "'");
            if (haveAllocations != allocations) {
                if (haveAllocations > 0) {
                    // A seed cut short, or one of another size: replaced as a whole (the service knows nothing else
                    // of these rows; their people's episodes are worked out again by the next change).
                    try (Statement st = db.createStatement()) {
                        st.executeUpdate("delete from allocation where note = '" + SEED_NOTE + "'");
                    }
                }
                List<UUID> projectIds = createProjects(20, "Availability bench background", YEAR_START);
                m.put("projects", projectIds.size());
                long t0 = System.nanoTime();
                List<Object[]> rows = allocationRows(personIds(), projectIds);
                if (mode.equals("jdbc")) {
                    insertAllocations(rows);
                } else {
                    postAllocations(rows);
                }
                double s = (System.nanoTime() - t0) / 1e9;
                m.put("allocationsSeconds", s);
                m.put("allocationsHow", mode);
                OUT.printf(Locale.ROOT, "Seeded %,d allocations (%s) in %.1f s (%.0f/s)%n", rows.size(), mode, s,
                        rows.size() / s);
            } else {
                OUT.printf(Locale.ROOT, "Reusing the %,d seeded allocations%n", allocations);
            }
            int haveAbsences = count("select count(*) from absence where note = '" + SEED_NOTE + "'");
            if (haveAbsences == 0) {
                int n = insertAbsences(personIds());
                m.put("absencesInserted", n);
                OUT.printf(Locale.ROOT, "Seeded %,d absences%n", n);
            }
            m.put("reused", havePeople == people && haveAllocations == allocations && haveAbsences > 0);
            return m;
        }

        Map<String, Object> counts() throws SQLException {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("people", count("select count(*) from person"));
            m.put("allocations", count("select count(*) from allocation"));
            m.put("seededAllocations", count("select count(*) from allocation where note = '" + SEED_NOTE + "'"));
            m.put("absences", count("select count(*) from absence"));
            m.put("projectsWithAllocations", count("select count(distinct project_id) from allocation"));
            OUT.println("Data set: " + m);
            return m;
        }

        /** Every fourth seeded person, up to {@code n}: they get the task-move allocations. */
        List<UUID> moveCandidates(int n) throws SQLException {
            List<UUID> ids = personIds();
            List<UUID> chosen = new ArrayList<>();
            for (int i = 0; i < ids.size() && chosen.size() < n; i += Math.max(1, ids.size() / n)) {
                chosen.add(ids.get(i));
            }
            return chosen;
        }

        private String peopleCsv() {
            Random random = new Random(7);
            StringBuilder csv = new StringBuilder("name,email,username,jobFamily,team,capacityHoursPerWeek,skills,rates\n");
            for (int i = 0; i < people; i++) {
                double c = random.nextDouble();
                String capacity = c < 0.7 ? "40" : c < 0.9 ? "32" : "24";
                List<String> skills = new ArrayList<>();
                for (int s = 0; s < SKILLS.length; s++) {
                    if (random.nextDouble() < SKILL_SHARE[s]) {
                        skills.add(SKILLS[s] + ":" + (1 + random.nextInt(5)));
                    }
                }
                csv.append(String.format(Locale.ROOT, "Avail Person %04d,p%04d%s,,%s,Team %02d,%s,\"%s\",2027-01-01 %d.00 EUR%n",
                        i, i, EMAIL_DOMAIN, FAMILIES[random.nextInt(FAMILIES.length)], 1 + random.nextInt(40),
                        capacity, String.join("; ", skills), 60 + random.nextInt(60)));
            }
            return csv.toString();
        }

        private List<UUID> personIds() throws SQLException {
            List<UUID> ids = new ArrayList<>();
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(
                    "select id from person where email like '%" + EMAIL_DOMAIN + "' order by email")) {
                while (rs.next()) {
                    ids.add(rs.getObject(1, UUID.class));
                }
            }
            return ids;
        }

        /**
         * {@code allocations} rows, 25 a person on average: periods of one to thirteen weeks starting anywhere in the
         * year, 10–30% of capacity or (one in seven) 1–4 hours a day, on one of the projects.
         */
        private List<Object[]> allocationRows(List<UUID> personIds, List<UUID> projectIds) {
            Random random = new Random(11);
            BigDecimal[] percents = {new BigDecimal("10"), new BigDecimal("15"), new BigDecimal("20"),
                    new BigDecimal("25"), new BigDecimal("30")};
            BigDecimal[] hours = {new BigDecimal("1"), new BigDecimal("2"), new BigDecimal("3"), new BigDecimal("4")};
            int span = (int) (YEAR_END.toEpochDay() - YEAR_START.toEpochDay());
            List<Object[]> rows = new ArrayList<>(allocations);
            for (int i = 0; i < allocations; i++) {
                UUID person = personIds.get(i % personIds.size());
                LocalDate first = YEAR_START.plusDays(random.nextInt(span - 6));
                LocalDate last = first.plusDays(6 + random.nextInt(85));
                if (last.isAfter(YEAR_END)) {
                    last = YEAR_END;
                }
                boolean inHours = random.nextInt(7) == 0;
                rows.add(new Object[] {UUID.randomUUID(), person, projectIds.get(random.nextInt(projectIds.size())),
                        first, last, inHours ? null : percents[random.nextInt(percents.length)],
                        inHours ? hours[random.nextInt(hours.length)] : null});
            }
            return rows;
        }

        private void insertAllocations(List<Object[]> rows) throws SQLException {
            Timestamp now = Timestamp.from(Instant.now());
            boolean auto = db.getAutoCommit();
            db.setAutoCommit(false);
            try (PreparedStatement ps = db.prepareStatement("insert into allocation (id, person_id, project_id,"
                    + " first_day, last_day, percent, hours_per_day, role, note, created_at, updated_at, version)"
                    + " values (?, ?, ?, ?, ?, ?, ?, 'Bench', '" + SEED_NOTE + "', ?, ?, 0)")) {
                int n = 0;
                for (Object[] r : rows) {
                    ps.setObject(1, r[0]);
                    ps.setObject(2, r[1]);
                    ps.setObject(3, r[2]);
                    ps.setDate(4, Date.valueOf((LocalDate) r[3]));
                    ps.setDate(5, Date.valueOf((LocalDate) r[4]));
                    ps.setBigDecimal(6, (BigDecimal) r[5]);
                    ps.setBigDecimal(7, (BigDecimal) r[6]);
                    ps.setTimestamp(8, now);
                    ps.setTimestamp(9, now);
                    ps.addBatch();
                    if (++n % 1000 == 0) {
                        ps.executeBatch();
                    }
                }
                ps.executeBatch();
                db.commit();
            } finally {
                db.setAutoCommit(auto);
            }
            try (Statement st = db.createStatement()) {
                st.execute("analyze allocation");
            }
        }

        private void postAllocations(List<Object[]> rows) {
            AtomicInteger failed = new AtomicInteger();
            AtomicReference<String> firstError = new AtomicReference<>();
            parallel(connections, rows.size(), Duration.ofMinutes(20), i -> {
                Object[] r = rows.get(i);
                String body = "{\"personId\":\"" + r[1] + "\",\"firstDay\":\"" + r[3] + "\",\"lastDay\":\"" + r[4]
                        + "\"," + (r[5] != null ? "\"percent\":" + r[5] : "\"hoursPerDay\":" + r[6])
                        + ",\"role\":\"Bench\",\"note\":\"" + SEED_NOTE + "\"}";
                if (i % 2000 == 0) {
                    refresh.get();
                }
                Api.Reply reply = resources.postJson("/api/resources/projects/" + r[2] + "/allocations", body,
                        CALL_TIMEOUT);
                if (!reply.ok() && failed.getAndIncrement() == 0) {
                    firstError.set(reply.describe());
                }
            });
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " allocations refused; first: " + firstError.get());
            }
        }

        /** About a third of the people: one or two absences (a week or two of leave, or half days of training). */
        private int insertAbsences(List<UUID> personIds) throws SQLException {
            Random random = new Random(13);
            Timestamp now = Timestamp.from(Instant.now());
            int n = 0;
            try (PreparedStatement ps = db.prepareStatement("insert into absence (id, person_id, kind, status,"
                    + " first_day, last_day, hours_per_day, note, created_at, updated_at, version)"
                    + " values (?, ?, ?, 'APPROVED', ?, ?, ?, '" + SEED_NOTE + "', ?, ?, 0)")) {
                for (UUID person : personIds) {
                    if (random.nextInt(3) != 0) {
                        continue;
                    }
                    int count = 1 + random.nextInt(2);
                    for (int k = 0; k < count; k++) {
                        // The first in the first half of the year, the second in the second: never overlapping.
                        LocalDate first = YEAR_START.plusDays(k * 182L + random.nextInt(160));
                        boolean training = random.nextInt(4) == 0;
                        LocalDate last = first.plusDays(training ? 1 + random.nextInt(4) : 4 + random.nextInt(10));
                        ps.setObject(1, UUID.randomUUID());
                        ps.setObject(2, person);
                        ps.setString(3, training ? "TRAINING" : "LEAVE");
                        ps.setDate(4, Date.valueOf(first));
                        ps.setDate(5, Date.valueOf(last));
                        ps.setBigDecimal(6, training ? new BigDecimal("4") : null);
                        ps.setTimestamp(7, now);
                        ps.setTimestamp(8, now);
                        ps.addBatch();
                        n++;
                    }
                }
                ps.executeBatch();
            }
            return n;
        }

        List<UUID> createProjects(int n, String name, LocalDate start) {
            return AvailabilityBench.createProjects(projects, admin, n, name + " " + runId, start);
        }

        private int count(String sql) throws SQLException {
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Projects made in projects-service, returned once resources-service's project replica has them. */
    static List<UUID> createProjects(Api projects, Api admin, int n, String name, LocalDate start) {
        List<UUID> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            Api.Reply r = projects.postJson("/api/projects", "{\"name\":\"" + name + (n > 1 ? " #" + (i + 1) : "")
                    + "\",\"type\":\"GENERIC\",\"startDate\":\"" + start + "\"}", CALL_TIMEOUT);
            if (r.status() != 201) {
                throw new IllegalStateException("create project: " + r.describe());
            }
            ids.add(UUID.fromString(r.json().path("id").asText()));
        }
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        for (UUID id : ids) {
            while (admin.get("/api/resources/projects/" + id, CALL_TIMEOUT).status() != 200) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("resources-service did not learn of project " + id + " in 60 s");
                }
                LoadRun.sleepQuietly(50);
            }
        }
        return ids;
    }

    /** Runs {@code task(0..n-1)} on {@code threads} threads, at most {@code limit} in all. */
    static void parallel(int threads, int n, Duration limit, java.util.function.IntConsumer task) {
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        AtomicInteger next = new AtomicInteger();
        List<Future<?>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            futures.add(pool.submit(() -> {
                for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
                    task.accept(i);
                }
            }));
        }
        pool.shutdown();
        try {
            if (!pool.awaitTermination(limit.toMillis(), TimeUnit.MILLISECONDS)) {
                pool.shutdownNow();
                throw new IllegalStateException("not done within " + limit.toSeconds() + " s");
            }
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    // ---------------------------------------------------------------------------------------------- the task move

    /**
     * One task in a new project, 500 people allocated to it at 50% and, on the same project, from the first working
     * day after the task at 60% for four weeks. Making the task {@link #EXTENSION_DAYS} working days longer moves the
     * 500 task allocations into the others: each of the 500 people becomes over-allocated (110%) on those days; making
     * it short again resolves it. Each move is timed inside resources-service (the re-evaluation metric) and end to
     * end (the PATCH's answer until the allocations show the new dates through the API).
     */
    static final class Move {
        private final Api projects;
        private final Api resources;
        private final Api admin;
        private final Supplier<Void> refresh;
        private final Connection db;
        private final String metricsUrl;
        private final List<UUID> people;
        private final int connections;
        private final String runId;
        private final double settleSeconds;
        private final Duration timeout;
        private final Map<String, Object> report;

        Move(Api projects, Api resources, Api admin, Supplier<Void> refresh, Connection db, String resourcesUrl,
             List<UUID> people, int connections, String runId, double settleSeconds, Duration timeout,
             Map<String, Object> report) {
            this.projects = projects;
            this.resources = resources;
            this.admin = admin;
            this.refresh = refresh;
            this.db = db;
            this.metricsUrl = resourcesUrl + "/q/metrics";
            this.people = people;
            this.connections = connections;
            this.runId = runId;
            this.settleSeconds = settleSeconds;
            this.timeout = timeout;
            this.report = report;
        }

        void run(int warmupMoves, int moves) throws SQLException {
            // Each run's move lies eight weeks after the previous run's, which left its allocations behind: so the
            // over-allocation a move causes or resolves is its own.
            int earlier = count("select count(distinct project_id) from allocation where task_id is not null"
                    + " and role = 'Bench'");
            LocalDate start = MOVE_START.plusWeeks(8L * earlier);
            UUID projectId = createProjects(projects, admin, 1, "Availability bench move " + runId, start).get(0);
            report.put("earlierMoveProjects", earlier);
            String base = "/api/projects/" + projectId;
            long shortMinutes = TASK_DAYS * 480L;
            long longMinutes = (TASK_DAYS + EXTENSION_DAYS) * 480L;
            Api.Reply task = projects.postJson(base + "/tasks", "{\"name\":\"Migration\",\"durationMinutes\":"
                    + shortMinutes + "}", CALL_TIMEOUT);
            if (task.status() != 201) {
                throw new IllegalStateException("create task: " + task.describe());
            }
            String taskId = task.json().path("id").asText();
            report.put("projectId", projectId.toString());
            report.put("taskId", taskId);
            report.put("people", people.size());

            // The first allocation to the task waits until resources-service has the task's dates.
            String allocations = "/api/resources/projects/" + projectId + "/allocations";
            long deadline = System.nanoTime() + timeout.toNanos();
            JsonNode first;
            while (true) {
                Api.Reply r = resources.postJson(allocations, taskAllocation(people.get(0), taskId), CALL_TIMEOUT);
                if (r.status() == 201) {
                    first = r.json();
                    break;
                }
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("allocation to the task refused for " + timeout.toSeconds()
                            + " s: " + r.describe());
                }
                LoadRun.sleepQuietly(100);
            }
            LocalDate taskFirst = LocalDate.parse(first.path("firstDay").asText());
            LocalDate taskLast = LocalDate.parse(first.path("lastDay").asText());
            LocalDate blockerFirst = nextWorkingDay(taskLast);
            LocalDate blockerLast = blockerFirst.plusDays(27);
            LocalDate extendedLast = plusWorkingDays(taskLast, EXTENSION_DAYS);
            report.put("taskDays", taskFirst + ".." + taskLast);
            report.put("extendedTaskDays", taskFirst + ".." + extendedLast);
            report.put("otherAllocationDays", blockerFirst + ".." + blockerLast);

            // 499 more to the task and 500 after it, through the API on several connections.
            AtomicInteger failed = new AtomicInteger();
            AtomicReference<String> firstError = new AtomicReference<>();
            long t0 = System.nanoTime();
            int total = 2 * people.size() - 1;
            parallel(connections, total, Duration.ofMinutes(10), i -> {
                String body = i < people.size() - 1 ? taskAllocation(people.get(i + 1), taskId)
                        : "{\"personId\":\"" + people.get(i - people.size() + 1) + "\",\"firstDay\":\"" + blockerFirst
                        + "\",\"lastDay\":\"" + blockerLast + "\",\"percent\":60,\"role\":\"Bench\"}";
                Api.Reply r = resources.postJson(allocations, body, CALL_TIMEOUT);
                if (r.status() != 201 && failed.getAndIncrement() == 0) {
                    firstError.set(r.describe());
                }
            });
            double seconds = (System.nanoTime() - t0) / 1e9;
            if (failed.get() > 0) {
                throw new IllegalStateException(failed.get() + " allocations refused; first: " + firstError.get());
            }
            report.put("restAllocations", total);
            report.put("restAllocationSeconds", seconds);
            report.put("restAllocationsPerSecond", total / seconds);
            OUT.printf(Locale.ROOT, "Task move: %d allocations through the API on %d connections in %.1f s (%.0f/s)%n",
                    total, connections, seconds, total / seconds);
            UUID probe = UUID.fromString(first.path("id").asText());

            Histogram reevaluation = new Histogram(600_000_000L, 3);
            Histogram endToEnd = new Histogram(600_000_000L, 3);
            List<Map<String, Object>> each = new ArrayList<>();
            Api.Reply current = projects.get(base + "/tasks/" + taskId, CALL_TIMEOUT);
            String etag = current.header("ETag").orElse("\"0\"");
            boolean metricSeen = false;
            for (int i = 0; i < warmupMoves + moves; i++) {
                refresh.get();
                Machine.settle(settleSeconds, OUT);
                boolean extend = i % 2 == 0;
                LocalDate expectedLast = extend ? extendedLast : taskLast;
                double[] before = metric();
                Api.Reply r = projects.patchJson(base + "/tasks/" + taskId, etag, "{\"durationMinutes\":"
                        + (extend ? longMinutes : shortMinutes) + "}", CALL_TIMEOUT);
                long answered = System.nanoTime();
                if (!r.ok()) {
                    throw new IllegalStateException("move the task: " + r.describe());
                }
                etag = r.header("ETag").orElseGet(() -> projects.get(base + "/tasks/" + taskId, CALL_TIMEOUT)
                        .header("ETag").orElse("\"0\""));
                // All of a move's allocations change in one transaction: one of them showing the new dates means all
                // do (checked below with the whole list).
                long seen = -1;
                long limit = answered + timeout.toNanos();
                while (System.nanoTime() < limit) {
                    Api.Reply a = resources.get(allocations + "/" + probe, CALL_TIMEOUT);
                    if (a.ok() && expectedLast.toString().equals(a.json().path("lastDay").asText())) {
                        seen = System.nanoTime();
                        break;
                    }
                    LoadRun.sleepQuietly(1);
                }
                Map<String, Object> m = new LinkedHashMap<>();
                m.put("move", i < warmupMoves ? "warm-up " + (i + 1) : "timed " + (i - warmupMoves + 1));
                m.put("change", extend ? "+" + EXTENSION_DAYS + " days" : "back");
                m.put("patchMs", r.nanos() / 1e6);
                if (seen < 0) {
                    m.put("problem", "the allocations did not show the new dates within " + timeout.toSeconds() + " s");
                    each.add(m);
                    OUT.println("  move " + (i + 1) + ": " + m.get("problem"));
                    continue;
                }
                double e2e = (seen - answered) / 1e6;
                m.put("endToEndMs", e2e);
                double[] after = before;
                long metricDeadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
                while (before != null && System.nanoTime() < metricDeadline) {
                    after = metric();
                    if (after != null && after[0] > before[0]) {
                        break;
                    }
                    LoadRun.sleepQuietly(20);
                }
                Double reevalMs = null;
                if (before != null && after != null && after[0] > before[0]) {
                    metricSeen = true;
                    reevalMs = (after[1] - before[1]) * 1000;
                    m.put("reevaluations", (long) (after[0] - before[0]));
                    m.put("reevaluationMs", reevalMs);
                }
                int moved = count("select count(*) from allocation where project_id = '" + projectId
                        + "' and task_id is not null and last_day = '" + expectedLast + "'");
                int episodes = countEpisodes(blockerFirst, extendedLast);
                m.put("allocationsWithNewDates", moved);
                m.put("peopleOverallocatedInWindow", episodes);
                m.put("loadAverage", Machine.loadAverage());
                each.add(m);
                if (i >= warmupMoves) {
                    endToEnd.recordValue(Math.max(1, (long) (e2e * 1000)));
                    if (reevalMs != null) {
                        reevaluation.recordValue(Math.max(1, (long) (reevalMs * 1000)));
                    }
                }
                OUT.printf(Locale.ROOT, "  %-10s %-8s re-evaluation %s ms, end to end %.1f ms, %d allocations moved,"
                                + " %d people over-allocated in the window%n", m.get("move"), m.get("change"),
                        reevalMs == null ? "n/a" : String.format(Locale.ROOT, "%.1f", reevalMs), e2e, moved, episodes);
            }
            report.put("moves", each);
            report.put("n", endToEnd.getTotalCount());
            report.put("reevaluationP50Ms", ms(reevaluation, 50));
            report.put("reevaluationP99Ms", ms(reevaluation, 99));
            report.put("reevaluationMaxMs", reevaluation.getTotalCount() == 0 ? null : reevaluation.getMaxValue() / 1000.0);
            report.put("endToEndP50Ms", ms(endToEnd, 50));
            report.put("endToEndP99Ms", ms(endToEnd, 99));
            report.put("endToEndMaxMs", endToEnd.getTotalCount() == 0 ? null : endToEnd.getMaxValue() / 1000.0);
            if (!metricSeen) {
                report.put("reevaluationNote", "resources-service exposes no " + REEVALUATION_METRIC
                        + "{trigger=\"schedule\"} at " + metricsUrl + ": only the end-to-end time is measured");
            }
        }

        private String taskAllocation(UUID person, String taskId) {
            return "{\"personId\":\"" + person + "\",\"taskId\":\"" + taskId + "\",\"percent\":50,\"role\":\"Bench\"}";
        }

        /** Count and sum (seconds) of the schedule-triggered re-evaluations so far, or null when not exposed. */
        private double[] metric() {
            return readMetric(metricsUrl);
        }

        private int countEpisodes(LocalDate from, LocalDate to) throws SQLException {
            try (PreparedStatement ps = db.prepareStatement("select count(distinct person_id) from overallocation"
                    + " where person_id = any(?) and last_day >= ? and first_day <= ?")) {
                ps.setArray(1, db.createArrayOf("uuid", people.toArray()));
                ps.setDate(2, Date.valueOf(from));
                ps.setDate(3, Date.valueOf(to));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        }

        private int count(String sql) throws SQLException {
            try (Statement st = db.createStatement(); ResultSet rs = st.executeQuery(sql)) {
                rs.next();
                return rs.getInt(1);
            }
        }
    }

    /** Count and sum of {@code gantry_load_reevaluation_seconds{trigger="schedule"}} in Prometheus text, or null. */
    static double[] readMetric(String url) {
        try {
            java.net.http.HttpResponse<String> r = java.net.http.HttpClient.newHttpClient().send(
                    java.net.http.HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(10))
                            .build(), java.net.http.HttpResponse.BodyHandlers.ofString());
            Double count = null;
            Double sum = null;
            for (String line : r.body().split("\n")) {
                if (!line.startsWith(REEVALUATION_METRIC) || !line.contains("trigger=\"schedule\"")) {
                    continue;
                }
                // name{labels} value [# {exemplar} value timestamp]
                String[] after = line.substring(line.indexOf('}') + 1).trim().split("\\s+");
                double value = Double.parseDouble(after[0]);
                if (line.startsWith(REEVALUATION_METRIC + "_count")) {
                    count = value;
                } else if (line.startsWith(REEVALUATION_METRIC + "_sum")) {
                    sum = value;
                }
            }
            return count == null || sum == null ? null : new double[] {count, sum};
        } catch (java.io.IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    static LocalDate nextWorkingDay(LocalDate day) {
        LocalDate d = day.plusDays(1);
        while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
            d = d.plusDays(1);
        }
        return d;
    }

    static LocalDate plusWorkingDays(LocalDate day, int n) {
        LocalDate d = day;
        for (int i = 0; i < n; i++) {
            d = nextWorkingDay(d);
        }
        return d;
    }

    // ---------------------------------------------------------------------------------------------- output

    private static void printTables(List<Map<String, Object>> searches, Map<String, Object> move) {
        OUT.println();
        OUT.printf("%-28s %10s %6s %9s %9s %7s  %s%n", "availability search", "candidates", "n", "p50 ms", "p99 ms",
                "errors", "budget p50 ≤ 50 ms");
        for (Map<String, Object> s : searches) {
            Double p50 = (Double) s.get("p50Ms");
            OUT.printf(Locale.ROOT, "%-28s %10s %6s %9s %9s %7s  %s%n", s.get("query"), s.get("candidates"), s.get("n"),
                    fmt(p50), fmt((Double) s.get("p99Ms")), s.get("errors"),
                    p50 == null ? "-" : p50 <= 50 ? "met" : "missed");
        }
        if (move.containsKey("n")) {
            OUT.println();
            OUT.printf("%-44s %6s %9s %9s %9s%n", "task move, " + move.get("people") + " allocations", "n", "p50 ms",
                    "p99 ms", "max ms");
            OUT.printf(Locale.ROOT, "%-44s %6s %9s %9s %9s  budget ≤ 200 ms: %s%n", "re-evaluation (in resources-service)",
                    move.get("n"), fmt((Double) move.get("reevaluationP50Ms")), fmt((Double) move.get("reevaluationP99Ms")),
                    fmt((Double) move.get("reevaluationMaxMs")), move.get("reevaluationMaxMs") == null ? "n/a"
                            : (Double) move.get("reevaluationMaxMs") <= 200 ? "met" : "missed");
            OUT.printf(Locale.ROOT, "%-44s %6s %9s %9s %9s%n", "end to end (PATCH answered -> API shows dates)",
                    move.get("n"), fmt((Double) move.get("endToEndP50Ms")), fmt((Double) move.get("endToEndP99Ms")),
                    fmt((Double) move.get("endToEndMaxMs")));
        }
    }

    private static String fmt(Double v) {
        return v == null ? "-" : String.format(Locale.ROOT, "%.2f", v);
    }

    /** Tokens of the demo users (password = name), fetched again when older than a minute. */
    static final class Tokens {
        private final String issuer;
        private final Map<String, String> tokens = new java.util.concurrent.ConcurrentHashMap<>();
        private final Map<String, Long> fetched = new java.util.concurrent.ConcurrentHashMap<>();

        Tokens(String issuer) {
            this.issuer = issuer;
        }

        String get(String user) {
            Long at = fetched.get(user);
            if (at == null || System.nanoTime() - at > Duration.ofSeconds(60).toNanos()) {
                tokens.put(user, Api.token(issuer, user, user));
                fetched.put(user, System.nanoTime());
            }
            return tokens.get(user);
        }
    }
}
