package dev.gantry.local;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.MemberDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.TopicPartition;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.ExtendWith;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fault injection against the running stack ({@link SharedStack}): a part is killed or restarted while
 * {@link WriteLoad} writes through projects-service's API, and afterwards the test checks what the design promises
 * (ADR 0001, docs/operations.md "Failure behaviour"): a write committed is a change every consumer applies exactly
 * once, whatever failed in between; an outage is a 503 problem with {@code Retry-After}, never a 500; everything
 * recovers on its own.
 *
 * <p>"Exactly once in effect" is checked in the databases, against projects-service's outbox (the record of every
 * committed change): each event of {@code gantry.projects.v1} is in reporting-service's inbox and audit trail once,
 * each event of a type resources- and risk-service take (project copies, memberships, closure requests) is in their
 * inbox once and no other is (they acknowledge the rest without a transaction), and each project is in every copy
 * with its latest name.
 * The APIs do not show inbox rows or event ids, and a count through them could hide a lost event behind a doubled one.
 *
 * Once they are, every consumer group must also have committed its offsets to the end of the topic, or its next
 * restart would replay what it applied.
 *
 * <p>Requests go to projects-service on 127.0.0.1 directly, not through the gateway, so that what is measured is the
 * service's answer. Each case brings back what it broke and {@link #everyPartIsUpAgain} makes sure of it, so one case
 * does not decide the next one's outcome.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@ExtendWith(SharedStack.class)
@Timeout(value = 240, unit = TimeUnit.SECONDS)
class GantryFaultsIT {

    /** How long every consumer may take to catch up once the broken part is back (a consumer group rebalance included). */
    private static final Duration CATCH_UP = Duration.ofSeconds(120);
    /** How long consumers may take to commit their offsets once they have applied everything. */
    private static final Duration COMMITTED = Duration.ofSeconds(60);
    /** How long a service may take to answer requests again once its database is back. */
    private static final Duration RECOVERY = Duration.ofSeconds(30);
    /** Long enough for a failure to be seen by every part and for requests to land in it, short enough for CI. */
    private static final Duration OUTAGE = Duration.ofSeconds(6);
    private static final Duration LOAD_LIMIT = Duration.ofSeconds(150);
    private static final String PROJECT_EVENTS = "gantry.projects.v1";
    private static final List<String> CONSUMERS = List.of("resources", "risk", "reporting");
    /** The project event types resources-service's handlers take; reporting-service takes every type. */
    private static final java.util.Set<String> REPLICA_TYPES = java.util.Set.of("dev.gantry.project.created.v1",
            "dev.gantry.project.updated.v1", "dev.gantry.project.status-changed.v1",
            "dev.gantry.project.member-added.v1", "dev.gantry.project.member-removed.v1",
            "dev.gantry.project.closure-requested.v1");
    /** risk-service's take those too, and what opens a register and shows slips: templates, baselines, schedules. */
    private static final java.util.Set<String> RISK_TYPES = java.util.stream.Stream.concat(REPLICA_TYPES.stream(),
            java.util.stream.Stream.of("dev.gantry.project.template-applied.v1", "dev.gantry.project.baseline-saved.v1",
                    "dev.gantry.project.baseline-deleted.v1", "dev.gantry.project.schedule-changed.v2"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static Stack stack;
    private static StackConfig config;
    private static Tokens tokens;
    private static String projectsService;

    @BeforeAll
    static void useTheStack(Stack shared) {
        stack = shared;
        config = stack.config();
        tokens = new Tokens(config.issuerUrl());
        projectsService = "http://127.0.0.1:" + config.servicePort(StackConfig.Service.PROJECTS);
    }

    @AfterEach
    void everyPartIsUpAgain() {
        stack.ensureUp();
    }

    /**
     * The broker dies (SIGKILL) in the middle of a write load and comes back on the same data: every write succeeds
     * meanwhile (the outbox holds the events), and afterwards every event committed reached every consumer once.
     */
    @Test
    @Order(1)
    void writesSucceedWhileTheBrokerIsDownAndEveryEventArrivesOnceAfterwards() throws Exception {
        long mark = lastOutboxId();
        WriteLoad load = WriteLoad.start(projectsService, tokens.forDemoUser("pm"), "Faults broker", LOAD_LIMIT);
        Instant killed;
        Instant restarting;
        try (load) {
            load.awaitMoreWrites(8, Duration.ofSeconds(30));
            killed = Instant.now();
            stack.kill(Stack.KAFKA);
            Child.sleep(OUTAGE.toMillis());
            restarting = Instant.now();
            stack.startAgain(Stack.KAFKA);
            load.awaitMoreWrites(6, Duration.ofSeconds(30));
        } finally {
            if (!stack.isRunning(Stack.KAFKA)) {
                stack.startAgain(Stack.KAFKA);
            }
        }

        assertThat(load.outcomes(o -> !o.succeeded())).as("requests that failed (the broker alone was down)")
                .isEmpty();
        assertThat(load.outcomes(o -> o.write() && o.sent().isAfter(killed) && o.answered().isBefore(restarting)))
                .as("writes committed while the broker was down").isNotEmpty();
        awaitEveryEventOnceEverywhere(mark, load.names());
    }

    /**
     * reporting-service dies (SIGKILL) while project events stream into it, and is started again: it resumes from its
     * last committed offset, so it sees some events again, and applies none of them twice.
     */
    @Test
    @Order(2)
    void aConsumerKilledMidStreamResumesWithoutApplyingAnythingTwice() throws Exception {
        String reporting = StackConfig.Service.REPORTING.module;
        long mark = lastOutboxId();
        WriteLoad load = WriteLoad.start(projectsService, tokens.forDemoUser("pm"), "Faults consumer", LOAD_LIMIT);
        try (load) {
            load.awaitMoreWrites(6, Duration.ofSeconds(30));
            awaitTrue("reporting-service is consuming the load's events", Duration.ofSeconds(30),
                    () -> count("reporting", "select count(*) from inbox where consumer = 'project-events'"
                            + " and event_id = any(?)", eventsAfter(mark).keySet()) > 0);
            stack.kill(reporting);
            load.awaitMoreWrites(4, Duration.ofSeconds(30));
            stack.startAgain(reporting);
            load.awaitMoreWrites(4, Duration.ofSeconds(30));
        } finally {
            if (!stack.isRunning(reporting)) {
                stack.startAgain(reporting);
            }
        }

        assertThat(load.outcomes(o -> !o.succeeded())).as("requests that failed (only a consumer was down)").isEmpty();
        awaitEveryEventOnceEverywhere(mark, load.names());
        System.out.println("[faults] reporting-service's inbox since its restart: "
                + inboxOutcomes(StackConfig.Service.REPORTING));
    }

    /**
     * PostgreSQL stops (fast shutdown, which ends every session) under load and starts again: meanwhile the service
     * is not ready and answers 503 problem+json with Retry-After, never a 500; then it serves requests again, without
     * being restarted, and so do the other services, whose consumers waited for their database instead of
     * dead-lettering the events that arrived meanwhile.
     */
    @Test
    @Order(3)
    void aDatabaseRestartIsA503WithRetryAfterAndTheServicesRecoverOnTheirOwn() throws Exception {
        long pid = pidOf(StackConfig.Service.PROJECTS.module);
        long mark = lastOutboxId();
        String pm = tokens.forDemoUser("pm");
        ReadinessWatch readiness = ReadinessWatch.start(projectsService + "/q/health/ready");
        WriteLoad load = WriteLoad.start(projectsService, pm, "Faults database", LOAD_LIMIT);
        Instant stopping;
        Instant back;
        try (readiness; load) {
            load.awaitMoreWrites(4, Duration.ofSeconds(30));
            stopping = Instant.now();
            stack.stop(Stack.POSTGRES);
            Child.sleep(OUTAGE.toMillis());
            stack.startAgain(Stack.POSTGRES);
            back = Instant.now();
            awaitTrue("five writes in a row succeed after the database is back", RECOVERY.plusSeconds(30), () -> {
                List<WriteLoad.Outcome> all = load.outcomes();
                int run = 0;
                for (int i = all.size() - 1; i >= 0 && all.get(i).succeeded(); i--) {
                    run += all.get(i).write() ? 1 : 0;
                }
                return run >= 5 && all.get(all.size() - 1).sent().isAfter(back);
            });
        } finally {
            if (!stack.isRunning(Stack.POSTGRES)) {
                stack.startAgain(Stack.POSTGRES);
            }
        }

        assertThat(readiness.statuses(stopping)).as("readiness of projects-service from the stop on")
                .containsSubsequence(503, 200);
        List<WriteLoad.Outcome> failed = load.outcomes(o -> !o.succeeded());
        assertThat(failed).as("answers while the database was away: 503 problem+json with Retry-After, nothing else")
                .allSatisfy(o -> {
                    assertThat(o.status()).as(o.toString()).isEqualTo(503);
                    assertThat(o.contentType()).as(o.toString()).startsWith("application/problem+json");
                    assertThat(o.retryAfter()).as(o.toString()).isNotBlank();
                });
        assertThat(failed).as("requests answered 503 while the database was away").isNotEmpty();
        Instant lastFailure = failed.get(failed.size() - 1).answered();
        assertThat(Duration.between(back, lastFailure)).as("last failure after the database was back")
                .isLessThan(RECOVERY);
        assertThat(pidOf(StackConfig.Service.PROJECTS.module)).as("projects-service was not restarted").isEqualTo(pid);

        for (StackConfig.Service s : StackConfig.Service.values()) {
            String ready = "http://127.0.0.1:" + config.servicePort(s) + "/q/health/ready";
            awaitTrue(s.module + " is ready again", RECOVERY, () -> Http.status(ready) == 200);
        }
        awaitTrue("Keycloak issues tokens again", RECOVERY, () -> !tokens.forDemoUser("pm").isBlank());
        // A write answered 503 may still have committed (the connection can die after the server committed), so the
        // names to expect are projects-service's own, not the load's.
        awaitEveryEventOnceEverywhere(mark, rows("projects", "select id, name from project where id = any(?)",
                load.names().keySet()));
        System.out.printf("[faults] database away %d ms; readiness of projects-service from the stop: %s;"
                        + " %d requests answered 503, the last %d ms after the stop%n",
                Duration.between(stopping, back).toMillis(), runs(readiness.statuses(stopping)), failed.size(),
                Duration.between(stopping, lastFailure).toMillis());
    }

    /**
     * Scaling out: two instances of projects-service and two of reporting-service, each pair on one database and one
     * broker, as two replicas of a Deployment run. Writes go to both projects-services at once; every event is
     * published once (one outbox relay per database publishes at a time) and consumed once (the two
     * reporting-services share the partitions of their consumer group, and each event is applied by one of them).
     */
    @Test
    @Order(4)
    void twoInstancesOfAServicePublishEachEventOnceAndConsumeItOnce() throws Exception {
        String projects = StackConfig.Service.PROJECTS.module;
        String reporting = StackConfig.Service.REPORTING.module;
        int secondProjects = config.servicePort(StackConfig.Service.PROJECTS) + 10;
        int secondReporting = config.servicePort(StackConfig.Service.REPORTING) + 10;
        long mark = lastOutboxId();
        Map<UUID, String> names = new LinkedHashMap<>();
        try {
            stack.startSecondInstance(projects, secondProjects);
            stack.startSecondInstance(reporting, secondReporting);
            awaitTrue("both reporting-services share the partitions of " + PROJECT_EVENTS, CATCH_UP,
                    () -> assignments(reporting).size() == 2);
            String token = tokens.forDemoUser("pm");
            List<WriteLoad> loads = new ArrayList<>();
            try {
                loads.add(WriteLoad.start(projectsService, token, "Scale-out first", LOAD_LIMIT));
                loads.add(WriteLoad.start("http://127.0.0.1:" + secondProjects, token, "Scale-out second",
                        LOAD_LIMIT));
                for (WriteLoad load : loads) {
                    load.awaitMoreWrites(10, Duration.ofSeconds(60));
                }
            } finally {
                loads.forEach(WriteLoad::close);
            }
            // Read once both loads have stopped: a write still in flight before would be missing from the names.
            for (WriteLoad load : loads) {
                assertThat(load.outcomes(o -> !o.succeeded())).as("failed requests").isEmpty();
                names.putAll(load.names());
            }
            Map<String, List<Integer>> shared = assignments(reporting);
            assertThat(shared).as("members of reporting-service's group and their partitions").hasSize(2);
            shared.values().forEach(partitions -> assertThat(partitions).isNotEmpty());
            awaitEveryEventOnceEverywhere(mark, names);
            Map<UUID, Long> published = publishedOnTopic(eventsAfter(mark).keySet());
            assertThat(exactlyOnce("records on " + PROJECT_EVENTS, eventsAfter(mark), published))
                    .as("each event published once").isEmpty();
            System.out.printf("[scale-out] %d events of %d projects written through two projects-services, each"
                    + " published once and applied once; reporting-service's partitions shared as %s%n",
                    published.size(), names.size(), shared.values());
        } finally {
            stack.stopSecondInstance(projects);
            stack.stopSecondInstance(reporting);
        }
    }

    /** The partitions of {@link #PROJECT_EVENTS} each member of a service's default consumer group holds. */
    private static Map<String, List<Integer>> assignments(String group) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + config.kafkaPort()))) {
            Map<String, List<Integer>> members = new LinkedHashMap<>();
            for (MemberDescription member : admin.describeConsumerGroups(List.of(group)).all().get().get(group)
                    .members()) {
                List<Integer> partitions = member.assignment().topicPartitions().stream()
                        .filter(tp -> tp.topic().equals(PROJECT_EVENTS)).map(TopicPartition::partition).sorted()
                        .toList();
                if (!partitions.isEmpty()) {
                    members.put(member.consumerId(), partitions);
                }
            }
            return members;
        }
    }

    /** How many records of {@link #PROJECT_EVENTS} carry each of these event ids (the CloudEvents id header). */
    private static Map<UUID, Long> publishedOnTopic(java.util.Set<UUID> ids) {
        Map<String, Object> properties = Map.of(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + config.kafkaPort(), ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(), ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG,
                ByteArrayDeserializer.class.getName(), ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        Map<UUID, Long> seen = new LinkedHashMap<>();
        try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(properties)) {
            List<TopicPartition> partitions = consumer.partitionsFor(PROJECT_EVENTS).stream()
                    .map(p -> new TopicPartition(PROJECT_EVENTS, p.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            long until = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < until) {
                for (ConsumerRecord<byte[], byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                    Header id = record.headers().lastHeader("ce_id"); // the CloudEvents id, binary mode
                    if (id != null) {
                        UUID event = UUID.fromString(new String(id.value(), StandardCharsets.UTF_8));
                        if (ids.contains(event)) {
                            seen.merge(event, 1L, Long::sum);
                        }
                    }
                }
            }
        }
        return seen;
    }

    // ---- reconciliation ------------------------------------------------------------------------------------------

    /**
     * Waits until every event after the mark is everywhere once, then until every consumer group has committed its
     * offsets to the end of the topic (else its next restart would replay what it applied); fails with what is still
     * missing, doubled or uncommitted.
     */
    private static void awaitEveryEventOnceEverywhere(long mark, Map<UUID, String> names) throws Exception {
        assertThat(names).as("projects the load created").isNotEmpty();
        long started = System.nanoTime();
        awaitNothingWrong("every event of projects-service's outbox once in each consumer, every project with its"
                + " latest name in each copy", CATCH_UP, () -> discrepancies(mark, names));
        double reconciled = (System.nanoTime() - started) / 1e9;
        awaitNothingWrong("every consumer group's offsets committed to the end of " + PROJECT_EVENTS, COMMITTED,
                GantryFaultsIT::uncommittedOffsets);
        System.out.printf("[faults] %d events of %d projects reached every consumer once %.1f s after the load,"
                        + " offsets committed after %.1f s%n", eventsAfter(mark).size(), names.size(), reconciled,
                (System.nanoTime() - started) / 1e9);
    }

    private interface Findings {
        List<String> list() throws Exception;
    }

    private static void awaitNothingWrong(String what, Duration timeout, Findings findings) throws Exception {
        long until = System.nanoTime() + timeout.toNanos();
        List<String> wrong = findings.list();
        while (!wrong.isEmpty() && System.nanoTime() < until) {
            Child.sleep(1000);
            wrong = findings.list();
        }
        assertThat(wrong).as("not within " + timeout.toSeconds() + " s: " + what).isEmpty();
    }

    /** What is not yet, or not exactly once, where it should be; empty when everything is. */
    private static List<String> discrepancies(long mark, Map<UUID, String> names) throws SQLException {
        List<String> wrong = new ArrayList<>(unpublished());
        Map<UUID, String> events = eventsAfter(mark);
        for (String database : CONSUMERS) {
            Map<UUID, String> taken = new LinkedHashMap<>(events);
            if (database.equals("resources")) {
                taken.values().removeIf(type -> !REPLICA_TYPES.contains(type));
            } else if (database.equals("risk")) {
                taken.values().removeIf(type -> !RISK_TYPES.contains(type));
            }
            Map<UUID, Long> seen = rows(database,
                    "select event_id, count(*) from inbox where consumer = 'project-events' and event_id = any(?)"
                            + " group by event_id", events.keySet());
            List<String> untaken = seen.keySet().stream().filter(id -> !taken.containsKey(id))
                    .map(id -> events.get(id) + " " + id).toList();
            if (!untaken.isEmpty()) {
                wrong.add(database + " inbox: " + untaken.size() + " events of types no handler takes were recorded: "
                        + first(untaken));
            }
            seen.keySet().retainAll(taken.keySet());
            wrong.addAll(exactlyOnce(database + " inbox", taken, seen));
        }
        wrong.addAll(exactlyOnce("reporting audit trail", events, rows("reporting",
                "select event_id, count(*) from audit_entry where event_id = any(?) group by event_id",
                events.keySet())));
        Map<String, String> copies = Map.of("resources", "project_replica", "risk", "project_replica",
                "reporting", "portfolio_project");
        for (Map.Entry<String, String> copy : copies.entrySet()) {
            Map<UUID, String> kept = rows(copy.getKey(), "select project_id, name from " + copy.getValue()
                    + " where project_id = any(?)", names.keySet());
            List<String> off = names.entrySet().stream()
                    .filter(p -> !p.getValue().equals(kept.get(p.getKey())))
                    .map(p -> p.getKey() + " is '" + kept.get(p.getKey()) + "', not '" + p.getValue() + "'")
                    .toList();
            if (!off.isEmpty()) {
                wrong.add(copy.getKey() + "." + copy.getValue() + ": " + off.size() + " of " + names.size()
                        + " projects missing or not renamed: " + first(off));
            }
        }
        return wrong;
    }

    private static List<String> exactlyOnce(String where, Map<UUID, String> events, Map<UUID, Long> seen) {
        List<String> missing = events.keySet().stream().filter(id -> !seen.containsKey(id))
                .map(id -> events.get(id) + " " + id).toList();
        List<String> doubled = seen.entrySet().stream().filter(e -> e.getValue() != 1)
                .map(e -> events.get(e.getKey()) + " " + e.getKey() + " ×" + e.getValue()).toList();
        List<String> wrong = new ArrayList<>();
        if (!missing.isEmpty()) {
            wrong.add(where + ": " + missing.size() + " of " + events.size() + " events missing: " + first(missing));
        }
        if (!doubled.isEmpty()) {
            wrong.add(where + ": " + doubled.size() + " events more than once: " + first(doubled));
        }
        return wrong;
    }

    /** Outbox rows not published, in any service (parked ones say why). */
    private static List<String> unpublished() throws SQLException {
        List<String> wrong = new ArrayList<>();
        for (StackConfig.Service s : StackConfig.Service.values()) {
            Map<UUID, String> rows = rows(s.database, "select event_id, event_type || coalesce(' parked: '"
                    + " || park_reason, '') from outbox where published_at is null");
            if (!rows.isEmpty()) {
                wrong.add(s.database + " outbox: " + rows.size() + " rows not published: " + first(
                        rows.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).toList()));
            }
        }
        return wrong;
    }

    /** Per consumer group, the partitions of the project events whose committed offset is behind the log's end. */
    private static List<String> uncommittedOffsets() throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + config.kafkaPort()))) {
            int partitions = admin.describeTopics(List.of(PROJECT_EVENTS)).allTopicNames().get()
                    .get(PROJECT_EVENTS).partitions().size();
            Map<TopicPartition, OffsetSpec> latest = new LinkedHashMap<>();
            for (int p = 0; p < partitions; p++) {
                latest.put(new TopicPartition(PROJECT_EVENTS, p), OffsetSpec.latest());
            }
            Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends = admin.listOffsets(latest).all().get();
            List<String> behind = new ArrayList<>();
            for (String database : CONSUMERS) {
                String group = serviceOf(database).module;
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata().get();
                ends.forEach((partition, end) -> {
                    OffsetAndMetadata at = committed.get(partition);
                    long offset = at == null ? 0 : at.offset();
                    if (offset < end.offset()) {
                        behind.add(group + " " + partition + " at " + (at == null ? "none" : offset) + " of "
                                + end.offset());
                    }
                });
            }
            return behind;
        }
    }

    private static StackConfig.Service serviceOf(String database) {
        for (StackConfig.Service s : StackConfig.Service.values()) {
            if (s.database.equals(database)) {
                return s;
            }
        }
        throw new IllegalArgumentException(database);
    }

    private static long lastOutboxId() throws SQLException {
        return count("projects", "select coalesce(max(id), 0) from outbox");
    }

    /** The project events projects-service committed after the mark: event id → type. */
    private static Map<UUID, String> eventsAfter(long mark) throws SQLException {
        return rows("projects", "select event_id, event_type from outbox where id > ? and topic = ? order by id",
                mark, PROJECT_EVENTS);
    }

    // ---- the stack's databases and processes ---------------------------------------------------------------------

    /** As the service itself connects: its role, whose password is its name (Postgres.ensureDatabases). */
    private static Connection connect(String database) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", database);
        p.setProperty("password", database);
        p.setProperty("connectTimeout", "3");
        return DriverManager.getConnection("jdbc:postgresql://127.0.0.1:" + config.postgresPort() + "/" + database, p);
    }

    /** The rows of a query, each as (first column, second column); a collection parameter is sent as an array. */
    private static <V> Map<UUID, V> rows(String database, String sql, Object... parameters) throws SQLException {
        Map<UUID, V> rows = new LinkedHashMap<>();
        try (Connection c = connect(database); ResultSet rs = execute(c, sql, parameters)) {
            while (rs.next()) {
                @SuppressWarnings("unchecked")
                V value = (V) rs.getObject(2);
                rows.put(rs.getObject(1, UUID.class), value);
            }
        }
        return rows;
    }

    private static long count(String database, String sql, Object... parameters) throws SQLException {
        try (Connection c = connect(database); ResultSet rs = execute(c, sql, parameters)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static ResultSet execute(Connection c, String sql, Object... parameters) throws SQLException {
        PreparedStatement ps = c.prepareStatement(sql);
        ps.closeOnCompletion();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i] instanceof java.util.Collection<?> ids) {
                ps.setArray(i + 1, c.createArrayOf("uuid", ids.toArray()));
            } else {
                ps.setObject(i + 1, parameters[i]);
            }
        }
        return ps.executeQuery();
    }

    private static long pidOf(String part) {
        return stack.children().stream().filter(c -> c.name.equals(part)).findFirst().orElseThrow().pid();
    }

    /** What the service's inbox did with the events it received since it started (its metrics), by outcome. */
    private static String inboxOutcomes(StackConfig.Service s) {
        try {
            Http.Response metrics = Http.send("GET", "http://127.0.0.1:" + config.servicePort(s) + "/q/metrics", null,
                    null, Map.of("Accept", "text/plain"));
            return metrics.status() != 200 ? "(metrics answered " + metrics.status() + ")" : metrics.body().lines()
                    .filter(l -> l.startsWith("gantry_inbox_events_total"))
                    .map(l -> l.replaceAll(".*outcome=\"([a-z]+)\".*} ", "$1 "))
                    .collect(Collectors.joining(", "));
        } catch (java.io.IOException e) {
            return "(metrics not available: " + e.getMessage() + ")";
        }
    }

    /** A sequence of statuses as runs, e.g. "200×3 503×2 200×40". */
    private static String runs(List<Integer> statuses) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < statuses.size(); ) {
            int j = i;
            while (j < statuses.size() && statuses.get(j).equals(statuses.get(i))) {
                j++;
            }
            sb.append(sb.isEmpty() ? "" : " ").append(statuses.get(i)).append('×').append(j - i);
            i = j;
        }
        return sb.toString();
    }

    private static String first(List<String> items) {
        return String.join(", ", items.subList(0, Math.min(5, items.size())))
                + (items.size() > 5 ? ", …" : "");
    }

    private static void awaitTrue(String what, Duration timeout, Eventually.Check check) {
        Eventually.awaitTrue(what, timeout, check, () -> "");
    }

    /**
     * Polls a health endpoint from a background thread and records each answer's status (-1: none within 10 s).
     * Its own client, with a longer timeout than the health check's own wait for a database connection.
     */
    private static final class ReadinessWatch implements AutoCloseable {

        private record Sample(Instant sent, int status) {
        }

        private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(3)).build();
        private final String url;
        private final List<Sample> samples = new ArrayList<>();
        private final Thread thread;
        private volatile boolean stopping;

        private ReadinessWatch(String url) {
            this.url = url;
            this.thread = new Thread(this::run, "readiness-watch");
            this.thread.setDaemon(true);
        }

        static ReadinessWatch start(String url) {
            ReadinessWatch watch = new ReadinessWatch(url);
            watch.thread.start();
            return watch;
        }

        /** The statuses of the answers to polls sent from {@code from} on, in order. */
        List<Integer> statuses(Instant from) {
            synchronized (samples) {
                return samples.stream().filter(s -> !s.sent().isBefore(from)).map(Sample::status).toList();
            }
        }

        private void run() {
            Instant deadline = Instant.now().plus(LOAD_LIMIT);
            while (!stopping && Instant.now().isBefore(deadline)) {
                Instant sent = Instant.now();
                int status;
                try {
                    status = client.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10))
                            .GET().build(), HttpResponse.BodyHandlers.discarding()).statusCode();
                } catch (java.io.IOException e) {
                    status = -1;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                synchronized (samples) {
                    samples.add(new Sample(sent, status));
                }
                Child.sleep(200);
            }
        }

        @Override
        public void close() {
            stopping = true;
            try {
                thread.join(Duration.ofSeconds(15).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
