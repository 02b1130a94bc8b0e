package dev.gantry.testing.openapi;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.Money;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;

/**
 * What exists when the suites run: a project with a member of each project role, another project with its own
 * manager, and the ids of resources that path parameters and body members name. A service builds it through its
 * own API (projects-service) or by publishing project events as projects-service would (the others), then hands
 * it to {@link OpenApiFuzzSuite} and {@link OpenApiSecurityMatrix}.
 *
 * <p>The users are fixed so that the expectations can be written down once:
 * <table>
 *   <caption>Users of the suites</caption>
 *   <tr><th>user</th><th>project role</th><th>realm roles</th></tr>
 *   <tr><td>{@link #MANAGER}</td><td>MANAGER of {@link #project()}</td><td>project-manager</td></tr>
 *   <tr><td>{@link #MEMBER}</td><td>MEMBER of {@link #project()}</td><td>member</td></tr>
 *   <tr><td>{@link #VIEWER}</td><td>VIEWER of {@link #project()}</td><td>viewer</td></tr>
 *   <tr><td>{@link #OUTSIDER}</td><td>none</td><td>project-manager</td></tr>
 *   <tr><td>{@link #OTHER_MANAGER}</td><td>MANAGER of {@link #otherProject()} only</td><td>project-manager</td></tr>
 * </table>
 */
public final class ApiFixtures {

    public static final String MANAGER = "suite-manager";
    public static final String MEMBER = "suite-member";
    public static final String VIEWER = "suite-viewer";
    public static final String OUTSIDER = "suite-outsider";
    public static final String OTHER_MANAGER = "suite-other-manager";

    private final UUID project;
    private final UUID otherProject;
    private final Map<String, String> values;
    private final Map<String, String> bodies;
    private final Map<String, String> notFuzzed;
    private final Map<String, String> updatedInBackground;
    private final Map<String, String> trimmedInBackground;

    private ApiFixtures(UUID project, UUID otherProject, Map<String, String> values, Map<String, String> bodies,
                        Map<String, String> notFuzzed, Map<String, String> updatedInBackground,
                        Map<String, String> trimmedInBackground) {
        this.project = project;
        this.otherProject = otherProject;
        this.values = Map.copyOf(values);
        this.bodies = Map.copyOf(bodies);
        this.notFuzzed = Map.copyOf(notFuzzed);
        this.updatedInBackground = Map.copyOf(updatedInBackground);
        this.trimmedInBackground = Map.copyOf(trimmedInBackground);
    }

    /** Tables whose rows the service's background work updates ({@link Builder#updatedInBackground}). */
    public Map<String, String> updatedInBackground() {
        return updatedInBackground;
    }

    /** Tables whose superseded rows the service's background work deletes ({@link Builder#trimmedInBackground}). */
    public Map<String, String> trimmedInBackground() {
        return trimmedInBackground;
    }

    /** The operations the fuzz suite leaves out ({@code "METHOD /path"}), each with the reason. */
    public Map<String, String> notFuzzed() {
        return notFuzzed;
    }

    /**
     * Starts the fixtures of a project on which {@link #MANAGER}, {@link #MEMBER} and {@link #VIEWER} have their
     * roles, and of another project managed by {@link #OTHER_MANAGER}.
     */
    public static Builder of(UUID project, UUID otherProject) {
        return new Builder(project, otherProject);
    }

    /**
     * Publishes the two projects as projects-service would ({@code ProjectCreated} with their members), for a
     * service that keeps a membership replica, and waits until the service answers {@code readinessPath} (with a
     * {@code {projectId}} parameter) for the viewer of the first project and the manager of the second.
     */
    public static Builder publishedProjects(String readinessPath) {
        UUID project = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        Member manager = member(MANAGER, ProjectRole.MANAGER);
        Member otherManager = member(OTHER_MANAGER, ProjectRole.MANAGER);
        try (KafkaTestClient kafka = new KafkaTestClient(GantryTestResources.kafka())) {
            TestEvents.send(kafka, created(project, "Suite project", manager,
                    List.of(manager, member(MEMBER, ProjectRole.MEMBER), member(VIEWER, ProjectRole.VIEWER))));
            TestEvents.send(kafka, created(other, "Another suite project", otherManager, List.of(otherManager)));
        }
        awaitReadable(readinessPath, project, VIEWER, "viewer");
        awaitReadable(readinessPath, other, OTHER_MANAGER, "project-manager");
        return of(project, other);
    }

    /** The project the suites act on. */
    public UUID project() {
        return project;
    }

    /** A project only {@link #OTHER_MANAGER} is a member of. */
    public UUID otherProject() {
        return otherProject;
    }

    /**
     * The value for a path parameter or body member of that name: the project for a project parameter, the value
     * given to {@link Builder#value}, or {@code null} (the suites then use a random id, for which 404 is right).
     */
    public String value(String name) {
        return values.get(name);
    }

    /** The body given for the operation with {@link Builder#body}, or {@code null}. */
    public String body(String operationLabel) {
        return bodies.get(operationLabel);
    }

    /** The stable subject ({@code sub}) of a suite user. */
    public static String subject(String user) {
        return TestTokens.subjectOf(user).toString();
    }

    private static Member member(String user, ProjectRole role) {
        return new Member(subject(user), user, role);
    }

    private static ProjectCreated created(UUID id, String name, Member manager, List<Member> members) {
        return new ProjectCreated(id, name, "Created for the OpenAPI suites", "GENERIC", "INITIATING", manager,
                LocalDate.of(2027, 1, 11), new Money(new BigDecimal("1000.00"), "EUR"), members, 0, Instant.now());
    }

    private static void awaitReadable(String pathTemplate, UUID project, String user, String realmRole) {
        ApiRequest read = ApiRequest.get(pathTemplate.replace("{projectId}", project.toString()))
                .header("Authorization", TestTokens.bearer(user, realmRole));
        ApiClient client = ApiClient.local();
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        int status = 0;
        while (System.nanoTime() < deadline) {
            status = client.send(read).status();
            if (status == 200) {
                return;
            }
            try {
                Thread.sleep(200);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        throw new AssertionError("The service did not learn of project " + project + " from its events within 60 s:"
                + " GET " + read.path() + " as " + user + " still answers " + status);
    }

    /** Collects the ids of the resources the operations' parameters name. */
    public static final class Builder {

        private final UUID project;
        private final UUID otherProject;
        private final Map<String, String> values = new LinkedHashMap<>();
        private final Map<String, String> bodies = new LinkedHashMap<>();
        private final Map<String, String> notFuzzed = new LinkedHashMap<>();
        private final Map<String, String> updatedInBackground = new LinkedHashMap<>();
        private final Map<String, String> trimmedInBackground = new LinkedHashMap<>();

        private Builder(UUID project, UUID otherProject) {
            this.project = Objects.requireNonNull(project, "project");
            this.otherProject = Objects.requireNonNull(otherProject, "otherProject");
            values.put("projectId", project.toString());
        }

        /** The project the suites act on, for making its resources before {@link #build()}. */
        public UUID project() {
            return project;
        }

        /**
         * The value of path parameters and body members of that name, e.g. {@code value("taskId", task)}: an
         * existing resource of {@link #project()}.
         */
        public Builder value(String name, Object value) {
            values.put(name, String.valueOf(value));
            return this;
        }

        /**
         * A valid body for an operation whose body the OpenAPI examples cannot make valid (a rule between members, an
         * id that must exist), as JSON text; {@code operationLabel} is {@code "METHOD /path"}.
         */
        public Builder body(String operationLabel, String json) {
            bodies.put(operationLabel, json);
            return this;
        }

        /**
         * Leaves an operation out of the fuzz suite — only one whose every accepted request starts work that goes on
         * changing the database after the answer (a rebuild of every read model), so that the suite could no longer
         * tell what a request changed; {@code why} names the test that covers it instead. The security matrix still
         * calls it.
         */
        public Builder notFuzzed(String operationLabel, String why) {
            notFuzzed.put(operationLabel, why);
            return this;
        }

        /**
         * A table whose rows the service's background work updates after a request was answered (a job's progress),
         * as the platform's relay does the outbox's: the suites compare only its row count, so that an insert or a
         * delete by a request is still seen. {@code why} names the work.
         */
        public Builder updatedInBackground(String table, String why) {
            updatedInBackground.put(table, why);
            return this;
        }

        /**
         * A table from which the service's background work deletes rows a later one superseded after a request was
         * answered (earlier versions of a record, once the relay has published a later one): the suites compare only
         * its newest row version, so that an insert or an update by a request is still seen. {@code why} names the
         * work.
         */
        public Builder trimmedInBackground(String table, String why) {
            trimmedInBackground.put(table, why);
            return this;
        }

        public ApiFixtures build() {
            return new ApiFixtures(project, otherProject, values, bodies, notFuzzed, updatedInBackground,
                    trimmedInBackground);
        }
    }
}
