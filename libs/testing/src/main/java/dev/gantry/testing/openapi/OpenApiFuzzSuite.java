package dev.gantry.testing.openapi;

import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;

import dev.gantry.testing.openapi.Findings.Properties;
import dev.gantry.testing.openapi.HostileRequests.Case;
import dev.gantry.testing.openapi.HostileRequests.Expectation;
import dev.gantry.testing.openapi.HostileRequests.Family;

/**
 * Property-based fuzzing of every operation of the application under test, driven by its OpenAPI document.
 *
 * <p>For each operation, seeded generators ({@link HostileRequests}) vary the operation's sample request one part at a
 * time — malformed and oversized bodies, wrong shapes and types, unknown members, NUL characters, lone surrogates,
 * huge numbers, extreme pages, hostile path and query parameters, unusable {@code If-Match}, {@code Idempotency-Key}
 * and {@code Content-Type} headers — and send them with a valid token of the project's manager (with the realm
 * role the operation needs). Every answer must keep these properties:
 *
 * <ul>
 *   <li>never a 5xx, and always an answer;</li>
 *   <li>every 4xx is {@code application/problem+json} with one of the documented problem types, its status, and a
 *       detail that explains it;</li>
 *   <li>a 4xx changes nothing: the {@linkplain DatabaseFingerprint database fingerprint} is the same before and
 *       after;</li>
 *   <li>input the API guide calls invalid is refused (4xx); a body that is not JSON is 400 {@code malformed-request};</li>
 *   <li>accepted text reads back as it was sent (no lone surrogate stored as '?');</li>
 *   <li>concurrent writers with the same {@code If-Match}: one wins, the others get 412.</li>
 * </ul>
 *
 * <p>Each operation gets {@value #DEFAULT_TRIES} tries (every applicable family once, then drawn at random) within
 * its share of a total time budget; operations that delete come last, since they may remove the fixtures. The seed is
 * fixed, so a run is reproducible; system properties change it:
 * {@code -Dopenapi-fuzz.seed=}, {@code -Dopenapi-fuzz.tries=}, {@code -Dopenapi-fuzz.budget=} (seconds),
 * {@code -Dopenapi-fuzz.operation=} (only operations whose label contains the text). A failure lists every broken
 * property with the operation, the request and the answer.
 *
 * <pre>{@code
 * @Test
 * void everyOperationWithstandsHostileInput() {
 *     OpenApiFuzzSuite.run(fixtures());
 * }
 * }</pre>
 */
public final class OpenApiFuzzSuite {

    // not under "gantry.": the services' configuration mapping refuses unknown gantry.* properties at startup
    public static final String SEED_PROPERTY = "openapi-fuzz.seed";
    public static final String TRIES_PROPERTY = "openapi-fuzz.tries";
    public static final String BUDGET_PROPERTY = "openapi-fuzz.budget";
    public static final String OPERATION_PROPERTY = "openapi-fuzz.operation";

    static final long DEFAULT_SEED = 42_422_026L;
    static final int DEFAULT_TRIES = 60;
    static final int DEFAULT_BUDGET_SECONDS = 75;
    private static final int CONCURRENT_WRITERS = 6;
    private static final int RACE_ROUNDS = 3;
    /** An operation may use up to this many times its even share of the remaining budget (some are slower). */
    private static final int BORROWING = 5;
    /** Larger than the HTTP server's request line and header limits (4 KB and 8 KB by default). */
    private static final int OVERSIZED_LINE = 20_000;

    private final ApiDocument document;
    private final SampleRequests samples;
    private final java.util.Set<String> updatedInBackground;
    private final java.util.Set<String> trimmedInBackground;
    private final ApiClient client = ApiClient.local();
    private final Findings findings = new Findings();
    private final Map<Integer, Integer> statuses = new TreeMap<>();
    private final List<String> perOperation = new ArrayList<>();
    private final long seed;
    private final int tries;
    private final Duration budget;
    private final Map<String, String> notFuzzed;
    private DatabaseFingerprint database;
    private int requests;
    private int racesProbed;
    private int cutShort;

    private OpenApiFuzzSuite(ApiFixtures fixtures) {
        this.document = ApiDocument.ofRunningApplication();
        this.samples = new SampleRequests(document, fixtures);
        this.notFuzzed = fixtures.notFuzzed();
        this.updatedInBackground = fixtures.updatedInBackground().keySet();
        this.trimmedInBackground = fixtures.trimmedInBackground().keySet();
        this.seed = Long.getLong(SEED_PROPERTY, DEFAULT_SEED);
        this.tries = Integer.getInteger(TRIES_PROPERTY, DEFAULT_TRIES);
        this.budget = Duration.ofSeconds(Integer.getInteger(BUDGET_PROPERTY, DEFAULT_BUDGET_SECONDS));
    }

    /**
     * Fuzzes every operation of the running application.
     *
     * @throws AssertionError listing every broken property, with the requests that broke it
     */
    public static void run(ApiFixtures fixtures) {
        new OpenApiFuzzSuite(fixtures).fuzzAll();
    }

    private void fuzzAll() {
        String only = System.getProperty(OPERATION_PROPERTY, "");
        List<ApiOperation> operations = document.operations().stream()
                .filter(op -> op.label().contains(only))
                .filter(op -> !notFuzzed.containsKey(op.label()))
                // deleting may remove a fixture the other operations need, so deletes come last
                .sorted(Comparator.comparing((ApiOperation op) -> op.method().equals("DELETE")))
                .toList();
        if (operations.isEmpty()) {
            throw new AssertionError("No operation to fuzz" + (only.isEmpty() ? "" : " matches '" + only + "'"));
        }
        long started = System.nanoTime();
        long deadline = started + budget.toNanos();
        try (DatabaseFingerprint db = DatabaseFingerprint.ofTestDatabase(updatedInBackground, trimmedInBackground)) {
            database = db;
            db.awaitQuiet(Duration.ofSeconds(30));
            oversizedRequestLines(operations.get(0));
            for (int i = 0; i < operations.size(); i++) {
                long now = System.nanoTime();
                long share = Math.max(deadline - now, 0) / (operations.size() - i);
                fuzz(operations.get(i), Math.min(deadline, now + BORROWING * share));
            }
        }
        String summary = summary(operations.size(), Duration.ofNanos(System.nanoTime() - started));
        if (findings.isEmpty()) {
            System.out.println(summary);
        } else {
            throw new AssertionError(summary + "\n\nBroken properties (rerun one operation with -D"
                    + OPERATION_PROPERTY + "='METHOD /path' -D" + SEED_PROPERTY + "=" + seed + "):"
                    + findings.report());
        }
    }

    private void fuzz(ApiOperation op, long operationDeadline) {
        String token = Callers.bearer(ApiFixtures.MANAGER, Callers.rolesFor(op, RealmRoles.PROJECT_MANAGER));
        ApiRequest base = samples.request(op);
        HostileRequests hostile = new HostileRequests(op, samples, base);
        int sent = 0;
        SplittableRandom random = randomFor(seed, op);
        List<Family> families = hostile.families();
        for (int attempt = 0; attempt < tries; attempt++) {
            if (attempt > 0 && System.nanoTime() > operationDeadline) {
                cutShort++;
                break;
            }
            Family family = attempt < families.size() ? families.get(attempt)
                    : families.get(random.nextInt(families.size()));
            Case generated = family.cases().next(random);
            ApiRequest request = generated.request().header("Authorization", token);
            if (op.hasHeader("Idempotency-Key") && request.header("Idempotency-Key") == null) {
                request = request.header("Idempotency-Key", new UUID(random.nextLong(), random.nextLong()).toString());
            }
            check(op, family.name(), generated, request, token);
            sent++;
        }
        String races = "";
        if (raceApplies(op)) {
            List<String> outcomes = new ArrayList<>();
            for (int round = 0; round < RACE_ROUNDS; round++) {
                String outcome = race(op, base.header("Authorization", token));
                if (outcome == null) {
                    break;
                }
                outcomes.add(outcome);
                sent += CONCURRENT_WRITERS;
            }
            races = outcomes.isEmpty() ? "" : "  races: " + String.join(" | ", outcomes);
        }
        perOperation.add(String.format("  %-70s %3d requests%s", op.label(), sent, races));
    }

    /**
     * The randomness of one operation's cases, seeded from the run's seed and the operation alone: adding an operation
     * to a service, or running one operation on its own, does not change the cases of the others.
     */
    static SplittableRandom randomFor(long seed, ApiOperation op) {
        return new SplittableRandom(seed ^ op.label().hashCode());
    }

    private void check(ApiOperation op, String family, Case generated, ApiRequest request, String token) {
        DatabaseFingerprint.Snapshot before = database.current();
        ApiClient.Answer answer = client.send(request);
        requests++;
        statuses.merge(answer.status(), 1, Integer::sum);
        String what = family + ": " + generated.what();
        if (answer.status() == 0) {
            findings.add(Properties.ANSWERED, op, what, request, answer.describe());
            return;
        }
        if (answer.status() >= 500) {
            findings.add(Properties.NO_SERVER_ERROR, op, what, request, answer.describe());
            return;
        }
        if (generated.expectation() == Expectation.MALFORMED && !(answer.status() == 400
                && ProblemCheck.typeOf(answer).filter(DocumentedProblem.MALFORMED_REQUEST::equals).isPresent())) {
            findings.add(Properties.MALFORMED, op, what, request, answer.describe());
        } else if (generated.expectation() == Expectation.REFUSED && !answer.clientError()) {
            findings.add(Properties.REFUSED, op, what, request, answer.describe());
        }
        if (answer.clientError()) {
            List<String> violations = ProblemCheck.violations(answer);
            if (!violations.isEmpty()) {
                findings.add(Properties.PROBLEM, op, what, request,
                        String.join("; ", violations) + "\n        " + answer.describe());
            }
            List<String> changes = database.changesSince(before);
            if (!changes.isEmpty()) {
                findings.add(Properties.UNCHANGED, op, what, request,
                        answer.describe() + "\n        but changed: " + String.join(", ", changes));
            }
        } else if (answer.successful() && generated.probe() != null) {
            checkStoredAsSent(op, what, generated.probe(), request, answer, token);
        }
    }

    /**
     * After an accepted request that sent hostile text, reads the resource back (its {@code Location}, or the
     * path that was written) and checks that the text is there as sent. Services may trim or normalise text
     * (whitespace, case), so only what normalising cannot explain counts: characters replaced by {@code ?} or
     * U+FFFD, as a lone surrogate is when it reaches the database as UTF-8.
     */
    private void checkStoredAsSent(ApiOperation op, String what, HostileRequests.Probe probe, ApiRequest request,
                                   ApiClient.Answer answer, String token) {
        String location = answer.header("Location");
        ApiRequest read;
        if (location != null) {
            URI uri = URI.create(location);
            read = ApiRequest.get(uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        } else if (op.method().equals("PUT") || op.method().equals("PATCH")) {
            read = ApiRequest.get(request.path());
        } else {
            return;
        }
        ApiClient.Answer back = client.send(read.header("Authorization", token));
        JsonNode json = back.status() == 200 ? back.json() : null;
        if (json == null) {
            return;
        }
        JsonNode stored = json.at(probe.pointer());
        if (!stored.isTextual()) {
            return;
        }
        if (replacements(stored.asText()) > replacements(probe.sent())) {
            findings.add(Properties.STORED_AS_SENT, op, what, request, "sent \"" + ApiRequest.escape(
                    ApiRequest.abbreviate(probe.sent(), 80)) + "\" at " + probe.pointer() + ", reads back \""
                    + ApiRequest.escape(ApiRequest.abbreviate(stored.asText(), 80)) + "\" from " + read.path());
        }
    }

    private static long replacements(String text) {
        return text.chars().filter(c -> c == '?' || c == '\ufffd').count();
    }

    /** Writes guarded by a required If-Match whose current ETag can be read (deletes would remove the fixture). */
    private boolean raceApplies(ApiOperation op) {
        return op.hasHeader("If-Match") && !op.method().equals("DELETE") && op.takesJson();
    }

    /**
     * Sends the sample write {@value #CONCURRENT_WRITERS} times at once with the resource's current ETag. Whoever
     * loses the race wrote against a version that is no longer current, which docs/api.md answers with 412.
     *
     * @return the statuses the writers got, or {@code null} when there is no ETag to race on
     */
    private String race(ApiOperation op, ApiRequest base) {
        String etag = currentEtag(op, base.header("Authorization"));
        if (etag == null) {
            return null;
        }
        racesProbed++;
        ApiRequest request = base.header("If-Match", etag);
        JsonNode body = samples.body(op);
        List<ApiRequest> writers = new ArrayList<>();
        for (int i = 0; i < CONCURRENT_WRITERS; i++) {
            ApiRequest writer = request.body(SampleRequests.json(samples.varied(op, body, "(writer " + racesProbed
                    + "." + i + ")")), op.jsonMediaType());
            writers.add(op.hasHeader("Idempotency-Key")
                    ? writer.header("Idempotency-Key", UUID.randomUUID().toString()) : writer);
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<ApiClient.Answer>> answers = writers.stream()
                .map(writer -> CompletableFuture.supplyAsync((Supplier<ApiClient.Answer>) () -> {
                    awaitQuietly(start);
                    return client.send(writer);
                }))
                .toList();
        start.countDown();
        List<ApiClient.Answer> results = answers.stream().map(CompletableFuture::join).toList();
        requests += results.size();
        results.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        boolean someoneWon = results.stream().anyMatch(ApiClient.Answer::successful);
        String seen = results.stream().map(a -> Integer.toString(a.status())).reduce((a, b) -> a + ", " + b)
                .orElse("");
        for (ApiClient.Answer answer : results) {
            if (answer.status() >= 500) {
                findings.add(Properties.NO_SERVER_ERROR, op, "concurrent writers with If-Match " + etag, request,
                        answer.describe());
            }
        }
        results.stream()
                .filter(answer -> someoneWon && answer.clientError() && answer.status() != 412)
                .findFirst()
                .ifPresent(loser -> findings.add(Properties.STALE_IS_412, op, CONCURRENT_WRITERS
                        + " concurrent writers with If-Match " + etag + " answered " + seen, request, loser.describe()));
        return seen;
    }

    /**
     * A request line and a header longer than the HTTP server accepts, once per run. The server refuses them before
     * any operation, or the problem mappers, see them: with 414 and 431 and no body, as docs/api.md says. Checked for
     * exactly that, and that nothing changed.
     */
    private void oversizedRequestLines(ApiOperation op) {
        String token = Callers.bearer(ApiFixtures.MANAGER, Callers.rolesFor(op, RealmRoles.PROJECT_MANAGER));
        ApiRequest base = samples.request(op).header("Authorization", token);
        Map<Integer, Case> oversized = Map.of(
                414, new Case("a query of " + OVERSIZED_LINE + " characters",
                        base.rawQuery("zzlong", "x".repeat(OVERSIZED_LINE)), Expectation.REFUSED, null),
                431, new Case("a header of " + OVERSIZED_LINE + " characters",
                        base.header("X-Padding", "x".repeat(OVERSIZED_LINE)), Expectation.REFUSED, null));
        oversized.forEach((status, generated) -> {
            DatabaseFingerprint.Snapshot before = database.current();
            ApiClient.Answer answer = client.send(generated.request());
            requests++;
            statuses.merge(answer.status(), 1, Integer::sum);
            String what = "oversized-request-line: " + generated.what();
            if (answer.status() != status) {
                findings.add(Properties.REFUSED, op, what, generated.request(),
                        "expected the HTTP server's " + status + "; " + answer.describe());
            }
            List<String> changes = database.changesSince(before);
            if (!changes.isEmpty()) {
                findings.add(Properties.UNCHANGED, op, what, generated.request(),
                        answer.describe() + "\n        but changed: " + String.join(", ", changes));
            }
        });
    }

    /**
     * The ETag the operation's If-Match refers to: that of a GET of the same path, else of the nearest enclosing
     * path the document can GET (a transition's precondition is the project's ETag).
     */
    private String currentEtag(ApiOperation op, String authorization) {
        String template = op.path();
        while (template.lastIndexOf('/') > 0) {
            String candidate = template;
            if (document.operation("GET " + candidate).isPresent()) {
                ApiOperation get = document.operation("GET " + candidate).orElseThrow();
                ApiClient.Answer answer = client.send(ApiRequest.get(samples.path(get, Map.of()))
                        .header("Authorization", authorization));
                if (answer.status() == 200 && answer.header("ETag") != null) {
                    return answer.header("ETag");
                }
            }
            template = template.substring(0, template.lastIndexOf('/'));
        }
        return null;
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private String summary(int operations, Duration took) {
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "OpenAPI fuzz suite: %d operations, %d requests in %.1f s (seed %d, %d"
                        + " tries per operation, budget %d s; %d operations cut short by the budget; %d races probed)",
                operations, requests, took.toMillis() / 1000.0, seed, tries, budget.toSeconds(), cutShort, racesProbed));
        sb.append("\n  statuses: ").append(statuses);
        sb.append("\n  broken properties: ").append(findings.isEmpty() ? "none" : findings.countByProperty());
        notFuzzed.forEach((label, why) -> sb.append("\n  not fuzzed: ").append(label).append(" (").append(why)
                .append(')'));
        perOperation.forEach(line -> sb.append('\n').append(line));
        return sb.toString();
    }
}
