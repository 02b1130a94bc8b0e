package dev.gantry.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.testing.openapi.HostileRequests.Case;
import dev.gantry.testing.openapi.HostileRequests.Expectation;
import dev.gantry.testing.openapi.HostileRequests.Family;
import org.junit.jupiter.api.Test;

/**
 * The generators produce what they claim — bodies that are not JSON where a malformed one is promised, JSON of the
 * wrong shape where a refusal is — and the same cases for the same seed. Checked on a small OpenAPI document.
 */
class HostileRequestsTest {

    /** Jackson as strict as a client can expect a server to be: no trailing tokens. */
    private static final ObjectMapper STRICT = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    private static final String DOCUMENT = """
            {"openapi": "3.1.0",
             "paths": {
              "/api/things/projects/{projectId}/tasks/{taskId}": {
               "patch": {
                "parameters": [
                 {"name": "projectId", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/UUID"}},
                 {"name": "taskId", "in": "path", "required": true, "schema": {"$ref": "#/components/schemas/UUID"}},
                 {"name": "If-Match", "in": "header", "required": true, "schema": {"type": "string"}},
                 {"name": "page", "in": "query", "schema": {"type": "integer", "format": "int32"}},
                 {"name": "size", "in": "query", "schema": {"type": "integer", "format": "int32"}}],
                "requestBody": {"required": true, "content": {"application/json": {"schema":
                 {"$ref": "#/components/schemas/Task"}}}},
                "security": [{"bearer": []}]},
               "get": {"security": [{"bearer": ["admin", "pmo"]}]}}},
             "components": {"schemas": {
              "UUID": {"type": "string", "format": "uuid"},
              "Kind": {"type": "string", "enum": ["WORK", "MILESTONE"]},
              "Task": {"type": "object", "required": ["name", "durationMinutes"], "properties": {
               "name": {"type": "string", "examples": ["Survey the sites"], "pattern": "\\\\S", "maxLength": 500},
               "durationMinutes": {"type": "integer", "format": "int64", "examples": [480]},
               "kind": {"type": "string", "examples": ["WORK"], "$ref": "#/components/schemas/Kind"},
               "cost": {"type": "object", "properties": {"amount": {"type": "number", "examples": [12.5]}}},
               "parentId": {"$ref": "#/components/schemas/UUID"}}}}}}
            """;

    private final ApiDocument document = ApiDocument.parse(DOCUMENT);
    private final ApiOperation patch = document.operation("PATCH /api/things/projects/{projectId}/tasks/{taskId}")
            .orElseThrow();
    private final UUID project = UUID.randomUUID();
    private final UUID task = UUID.randomUUID();
    private final ApiFixtures fixtures = ApiFixtures.of(project, UUID.randomUUID()).value("taskId", task).build();
    private final SampleRequests samples = new SampleRequests(document, fixtures);

    @Test
    void theDocumentSaysWhatTheOperationIsAbout() {
        assertThat(patch.projectParameter()).contains("projectId");
        assertThat(patch.declaresSecurity()).isTrue();
        assertThat(patch.allowedRoles()).isEmpty();
        assertThat(document.operation("GET /api/things/projects/{projectId}/tasks/{taskId}").orElseThrow()
                .allowedRoles()).containsExactly("admin", "pmo");
        assertThat(patch.hasHeader("if-match")).isTrue();
    }

    @Test
    void theSampleIsTheValidRequestTheCasesVary() throws Exception {
        ApiRequest sample = samples.request(patch);
        assertThat(sample.path()).isEqualTo("/api/things/projects/" + project + "/tasks/" + task);
        assertThat(sample.header("If-Match")).isEqualTo("*");
        assertThat(STRICT.readTree(sample.body()))
                .isEqualTo(STRICT.readTree("{\"name\": \"Survey the sites\", \"durationMinutes\": 480, \"kind\": \"WORK\"}"));
    }

    @Test
    void theSameSeedGivesTheSameCases() {
        assertThat(generate(samples, patch, 7, 200)).isEqualTo(generate(samples, patch, 7, 200));
        assertThat(generate(samples, patch, 7, 200)).isNotEqualTo(generate(samples, patch, 8, 200));
    }

    @Test
    void anOperationsCasesDependOnlyOnTheSeedAndTheOperation() {
        String withAnotherOperation = DOCUMENT.replace("\"paths\": {", """
                "paths": {
                 "/api/things/reports": {"post": {"requestBody": {"content": {"application/json": {"schema":
                  {"type": "object", "properties": {"title": {"type": "string"}}}}}}}},
                """);
        ApiDocument larger = ApiDocument.parse(withAnotherOperation);
        assertThat(larger.operations()).hasSize(document.operations().size() + 1);
        ApiOperation samePatch = larger.operation(patch.label()).orElseThrow();

        assertThat(generate(new SampleRequests(larger, fixtures), samePatch, 7, 200))
                .isEqualTo(generate(samples, patch, 7, 200));
    }

    @Test
    void everyFamilyThatAppliesIsThere() {
        List<String> names = new HostileRequests(patch, samples, samples.request(patch)).families().stream()
                .map(Family::name).toList();
        assertThat(names).containsExactly("malformed-json", "wrong-shape", "hostile-value", "oversized-body",
                "empty-body", "hostile-path", "hostile-query", "extreme-page", "hostile-if-match",
                "wrong-content-type", "unknown-parameter");
    }

    @Test
    void aCasePromisedMalformedIsNotJsonAndOnePromisedRefusedInTheBodyIsJsonOfTheWrongShape() {
        SplittableRandom random = new SplittableRandom(11);
        JsonNode sample = readable(samples.request(patch).body());
        for (Family family : new HostileRequests(patch, samples, samples.request(patch)).families()) {
            for (int i = 0; i < 100; i++) {
                Case generated = family.cases().next(random);
                byte[] body = generated.request().body();
                if (generated.expectation() == Expectation.MALFORMED) {
                    assertThat(readable(body)).as(generated.what()).isNull();
                }
                if (family.name().equals("wrong-shape")) {
                    assertThat(generated.expectation()).isEqualTo(Expectation.REFUSED);
                    JsonNode json = readable(body);
                    assertThat(json).as(generated.what()).isNotNull().isNotEqualTo(sample);
                }
            }
        }
    }

    /**
     * The body as JSON, or {@code null} when it is not: not UTF-8 as RFC 3629 defines it (Jackson's own decoder lets
     * an overlong encoding such as C0 AF through, as '/'), or not JSON to a strict parser.
     */
    private static JsonNode readable(byte[] body) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(body)).toString();
            return STRICT.readTree(text);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    /** Cases drawn as the suite draws them, each as the request it sends. */
    private static List<String> generate(SampleRequests samples, ApiOperation op, long seed, int count) {
        SplittableRandom random = OpenApiFuzzSuite.randomFor(seed, op);
        List<Family> families = new HostileRequests(op, samples, samples.request(op)).families();
        List<String> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Family family = families.get(random.nextInt(families.size()));
            ApiRequest request = family.cases().next(random).request();
            byte[] body = request.body();
            cases.add(family.name() + " " + request.method() + " " + request.target() + " "
                    + new TreeMap<>(request.headers()) + " "
                    + (body == null ? "" : new String(body, StandardCharsets.UTF_8)));
        }
        return cases;
    }
}
