package dev.gantry.testing.openapi;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import dev.gantry.testing.TestTokens;
import dev.gantry.testing.openapi.Findings.Properties;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Calls every operation of the application under test as each kind of caller that must not get through, and checks
 * the status the documentation promises (docs/api.md, "Authentication and authorisation", and the service's
 * {@link DocumentedAccess exceptions}):
 *
 * <table>
 *   <caption>Callers and documented answers</caption>
 *   <tr><th>caller</th><th>answer</th></tr>
 *   <tr><td>no token, a malformed one, an expired one (valid signature), another issuer's, a forged signature
 *       (and a token for another audience, when the service is configured with one)</td>
 *       <td>401 {@code unauthorized} with {@code WWW-Authenticate: Bearer}</td></tr>
 *   <tr><td>a realm role the operation's security requirement does not list</td><td>403</td></tr>
 *   <tr><td>on a project: a user who is not a member; a member of another project only</td><td>404, as for a
 *       project that does not exist</td></tr>
 *   <tr><td>on a project: a {@code VIEWER}</td><td>reads like the manager; any other operation 403</td></tr>
 * </table>
 *
 * Every refusal must be problem+json and change nothing in the database. The request is the operation's
 * {@linkplain SampleRequests sample} ({@code If-Match: *}, a valid-looking body), so that the answer is the
 * authorisation's and not a complaint about the input. The document itself must agree with the documentation: an
 * operation that needs a token declares a security requirement, a public one none.
 *
 * <p>{@code -Dopenapi-security.operation=} limits a run to operations whose label contains the text.
 */
public final class OpenApiSecurityMatrix {

    public static final String OPERATION_PROPERTY = "openapi-security.operation";
    private static final String FOREIGN_ISSUER = "https://elsewhere.example/realms/gantry";

    /** The callers of the matrix, in the order of the report. */
    enum Caller {
        NO_TOKEN("no token"),
        MALFORMED_TOKEN("a token that is not a JWT"),
        EXPIRED_TOKEN("an expired token with a valid signature"),
        WRONG_ISSUER("a token of another issuer"),
        WRONG_AUDIENCE("a token for another audience"),
        FORGED_SIGNATURE("a token signed with an untrusted key"),
        REALM_ROLE_WITHOUT_RIGHT("a realm role the operation does not allow"),
        NON_MEMBER("a user who is not a member of the project"),
        MEMBER_OF_ANOTHER_PROJECT("a member of another project only"),
        VIEWER("a VIEWER of the project");

        private final String description;

        Caller(String description) {
            this.description = description;
        }
    }

    private final ApiDocument document;
    private final DocumentedAccess access;
    private final SampleRequests samples;
    private final java.util.Set<String> updatedInBackground;
    private final java.util.Set<String> trimmedInBackground;
    private final ApiClient client = ApiClient.local();
    private final Findings findings = new Findings();
    private final Map<Caller, int[]> counts = new EnumMap<>(Caller.class);
    private final Optional<String> audience;
    private DatabaseFingerprint database;
    private int requests;

    private OpenApiSecurityMatrix(ApiFixtures fixtures, DocumentedAccess access) {
        this.document = ApiDocument.ofRunningApplication();
        this.access = access;
        this.samples = new SampleRequests(document, fixtures);
        this.updatedInBackground = fixtures.updatedInBackground().keySet();
        this.trimmedInBackground = fixtures.trimmedInBackground().keySet();
        this.audience = ConfigProvider.getConfig().getOptionalValue("quarkus.oidc.token.audience", String.class);
        for (Caller caller : Caller.values()) {
            counts.put(caller, new int[2]);
        }
    }

    /**
     * Runs the matrix over every operation.
     *
     * @throws AssertionError listing every caller that got another answer than the documented one
     */
    public static void run(ApiFixtures fixtures, DocumentedAccess access) {
        new OpenApiSecurityMatrix(fixtures, access).checkAll();
    }

    private void checkAll() {
        String only = System.getProperty(OPERATION_PROPERTY, "");
        List<ApiOperation> operations = document.operations().stream().filter(op -> op.label().contains(only))
                .toList();
        if (operations.isEmpty()) {
            throw new AssertionError("No operation to check" + (only.isEmpty() ? "" : " matches '" + only + "'"));
        }
        access.publicOperations().keySet().stream()
                .filter(label -> only.isEmpty() && document.operation(label).isEmpty())
                .forEach(label -> findings.add(Properties.DOCUMENTED_SECURITY, label,
                        "documented as public, but the OpenAPI document has no such operation", null, "-"));
        long started = System.nanoTime();
        try (DatabaseFingerprint db = DatabaseFingerprint.ofTestDatabase(updatedInBackground, trimmedInBackground)) {
            database = db;
            db.awaitQuiet(Duration.ofSeconds(30));
            operations.forEach(this::check);
        }
        String summary = summary(operations.size(), Duration.ofNanos(System.nanoTime() - started));
        if (findings.isEmpty()) {
            System.out.println(summary);
        } else {
            throw new AssertionError(summary + "\n\nAnswers that differ from the documentation:" + findings.report());
        }
    }

    private void check(ApiOperation op) {
        if (access.isPublic(op)) {
            if (op.declaresSecurity()) {
                findings.add(Properties.DOCUMENTED_SECURITY, op, "documented as public ("
                        + access.publicOperations().get(op.label()) + "), but the OpenAPI document requires a token",
                        null, "security: " + op.allowedRoles());
            }
            ApiRequest anonymous = samples.request(op);
            ApiClient.Answer answer = send(anonymous);
            if (answer.status() == 401 || answer.status() >= 500) {
                findings.add(Properties.EXPECTED_STATUS, op, "no token on a public operation: not 401", anonymous,
                        answer.describe());
            }
            return;
        }
        if (!op.declaresSecurity()) {
            findings.add(Properties.DOCUMENTED_SECURITY, op, "docs/api.md: every operation but health, metrics,"
                    + " OpenAPI and the calendar subscription URLs needs a token, but the OpenAPI document declares no"
                    + " security requirement for this one", null, "no security requirement");
        }
        ApiRequest base = samples.request(op);
        Set<String> managerRoles = Callers.rolesFor(op, RealmRoles.PROJECT_MANAGER);

        refuse(op, Caller.NO_TOKEN, base, 401, DocumentedProblem.UNAUTHORIZED);
        refuse(op, Caller.MALFORMED_TOKEN, base.header("Authorization", "Bearer not-a-jwt"), 401,
                DocumentedProblem.UNAUTHORIZED);
        refuse(op, Caller.EXPIRED_TOKEN, base.header("Authorization", managerToken(managerRoles).expired().bearer()),
                401, DocumentedProblem.UNAUTHORIZED);
        refuse(op, Caller.WRONG_ISSUER, base.header("Authorization",
                managerToken(managerRoles).issuer(FOREIGN_ISSUER).bearer()), 401, DocumentedProblem.UNAUTHORIZED);
        if (audience.isPresent()) {
            refuse(op, Caller.WRONG_AUDIENCE, base.header("Authorization",
                    managerToken(managerRoles).audience("not-" + audience.get()).bearer()), 401,
                    DocumentedProblem.UNAUTHORIZED);
        } else {
            notApplicable(Caller.WRONG_AUDIENCE);
        }
        refuse(op, Caller.FORGED_SIGNATURE, base.header("Authorization",
                managerToken(managerRoles).signedWithUntrustedKey().bearer()), 401, DocumentedProblem.UNAUTHORIZED);

        Set<String> allowed = op.allowedRoles();
        Set<String> otherRoles = new LinkedHashSet<>(Callers.ALL_ROLES);
        otherRoles.removeAll(allowed);
        if (!allowed.isEmpty() && !otherRoles.isEmpty()) {
            refuse(op, Caller.REALM_ROLE_WITHOUT_RIGHT, base.header("Authorization",
                    Callers.bearer(ApiFixtures.MANAGER, otherRoles)), 403, DocumentedProblem.FORBIDDEN);
        } else {
            notApplicable(Caller.REALM_ROLE_WITHOUT_RIGHT);
        }

        Optional<String> projectRole = Callers.projectRoleFor(op);
        if (op.projectParameter().isEmpty() || projectRole.isEmpty()) {
            // not about one project, or only admins and the PMO may call it: membership does not decide
            notApplicable(Caller.NON_MEMBER);
            notApplicable(Caller.MEMBER_OF_ANOTHER_PROJECT);
            notApplicable(Caller.VIEWER);
            return;
        }
        refuse(op, Caller.NON_MEMBER, base.header("Authorization",
                Callers.bearer(ApiFixtures.OUTSIDER, Set.of(projectRole.get()))), 404, DocumentedProblem.NOT_FOUND);
        refuse(op, Caller.MEMBER_OF_ANOTHER_PROJECT, base.header("Authorization",
                Callers.bearer(ApiFixtures.OTHER_MANAGER, Set.of(projectRole.get()))), 404, DocumentedProblem.NOT_FOUND);

        Set<String> viewerRoles = Callers.rolesFor(op, RealmRoles.VIEWER);
        ApiRequest asViewer = withIdempotencyKey(op, base.header("Authorization",
                Callers.bearer(ApiFixtures.VIEWER, viewerRoles)));
        if (!access.viewersMay(op)) {
            int refusal = access.viewerRefusal(op);
            refuse(op, Caller.VIEWER, asViewer, refusal,
                    refusal == 404 ? DocumentedProblem.NOT_FOUND : DocumentedProblem.FORBIDDEN);
        } else if (op.reads()) {
            ApiClient.Answer viewer = send(asViewer);
            ApiClient.Answer manager = send(withIdempotencyKey(op, base.header("Authorization",
                    Callers.bearer(ApiFixtures.MANAGER, managerRoles))));
            counted(Caller.VIEWER);
            if (viewer.status() != manager.status()) {
                findings.add(Properties.EXPECTED_STATUS, op, Caller.VIEWER.description + " reads what the manager"
                        + " reads: expected " + manager.status() + " as the manager got", asViewer, viewer.describe());
            }
            problemIfError(op, Caller.VIEWER, asViewer, viewer);
        } else {
            ApiClient.Answer viewer = send(asViewer);
            counted(Caller.VIEWER);
            if (viewer.status() == 401 || viewer.status() == 403 || viewer.status() == 404 || viewer.status() >= 500) {
                findings.add(Properties.EXPECTED_STATUS, op, Caller.VIEWER.description + " may do this ("
                        + access.openToViewers().get(op.label()) + ")", asViewer, viewer.describe());
            }
            problemIfError(op, Caller.VIEWER, asViewer, viewer);
        }
    }

    /** Sends the request as the caller and checks the documented refusal: status, problem, challenge, no change. */
    private void refuse(ApiOperation op, Caller caller, ApiRequest request, int status, DocumentedProblem type) {
        request = withIdempotencyKey(op, request);
        DatabaseFingerprint.Snapshot before = database.current();
        ApiClient.Answer answer = send(request);
        counted(caller);
        String expected = "expected " + status + " " + type.name().toLowerCase(Locale.ROOT).replace('_', '-')
                + " for " + caller.description;
        if (answer.status() != status) {
            findings.add(Properties.EXPECTED_STATUS, op, expected, request, answer.describe());
        } else if (ProblemCheck.typeOf(answer).filter(type::equals).isEmpty()) {
            findings.add(Properties.EXPECTED_STATUS, op, expected + " (problem type)", request, answer.describe());
        }
        problemIfError(op, caller, request, answer);
        if (answer.status() == 401) {
            String challenge = answer.header("WWW-Authenticate");
            if (challenge == null || !challenge.toLowerCase(Locale.ROOT).startsWith("bearer")) {
                findings.add(Properties.CHALLENGE, op, caller.description, request,
                        "WWW-Authenticate: " + challenge);
            }
        }
        List<String> changes = database.changesSince(before);
        if (!changes.isEmpty()) {
            findings.add(Properties.UNCHANGED, op, caller.description, request,
                    answer.describe() + "\n        but changed: " + String.join(", ", changes));
        }
    }

    private void problemIfError(ApiOperation op, Caller caller, ApiRequest request, ApiClient.Answer answer) {
        if (answer.clientError()) {
            List<String> violations = ProblemCheck.violations(answer);
            if (!violations.isEmpty()) {
                findings.add(Properties.PROBLEM, op, caller.description, request,
                        String.join("; ", violations) + "\n        " + answer.describe());
            }
        } else if (answer.status() >= 500 || answer.status() == 0) {
            findings.add(Properties.NO_SERVER_ERROR, op, caller.description, request, answer.describe());
        }
    }

    private static TestTokens.Builder managerToken(Set<String> roles) {
        return TestTokens.user(ApiFixtures.MANAGER).roles(roles.toArray(String[]::new));
    }

    /** A fresh key per request: the same key twice would replay the first answer instead of authorising again. */
    private static ApiRequest withIdempotencyKey(ApiOperation op, ApiRequest request) {
        return op.hasHeader("Idempotency-Key") ? request.header("Idempotency-Key", UUID.randomUUID().toString())
                : request;
    }

    private ApiClient.Answer send(ApiRequest request) {
        requests++;
        return client.send(request);
    }

    private void counted(Caller caller) {
        counts.get(caller)[0]++;
    }

    private void notApplicable(Caller caller) {
        counts.get(caller)[1]++;
    }

    private String summary(int operations, Duration took) {
        StringBuilder sb = new StringBuilder(String.format(Locale.ROOT,
                "OpenAPI security matrix: %d operations, %d requests in %.1f s", operations, requests,
                took.toMillis() / 1000.0));
        for (Caller caller : Caller.values()) {
            int[] c = counts.get(caller);
            sb.append(String.format(Locale.ROOT, "%n  %-45s %3d checked, %3d not applicable", caller.description,
                    c[0], c[1]));
        }
        if (audience.isEmpty()) {
            sb.append("\n  The audience is not checked: quarkus.oidc.token.audience is not set, so quarkus-oidc accepts"
                    + " a token issued for any client of the realm.");
        }
        sb.append("\n  broken properties: ").append(findings.isEmpty() ? "none" : findings.countByProperty());
        List<String> publicOnes = new ArrayList<>();
        access.publicOperations().forEach((label, source) -> publicOnes.add(label + " (" + source + ")"));
        if (!publicOnes.isEmpty()) {
            sb.append("\n  public by documentation: ").append(String.join(", ", publicOnes));
        }
        return sb.toString();
    }
}
