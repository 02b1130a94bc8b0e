package dev.gantry.testing.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.gantry.testing.openapi.HostileRequests.Case;
import dev.gantry.testing.openapi.HostileRequests.Expectation;
import dev.gantry.testing.openapi.HostileRequests.Family;
import net.jqwik.api.sessions.JqwikSession;
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
        assertThat(generate("7", 200)).isEqualTo(generate("7", 200));
        assertThat(generate("7", 200)).isNotEqualTo(generate("8", 200));
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
        JqwikSession.start("11");
        try {
            Random random = JqwikSession.getRandom().orElseThrow();
            for (Family family : new HostileRequests(patch, samples, samples.request(patch)).families()) {
                for (int i = 0; i < 100; i++) {
                    Case generated = family.cases().generator(1_000, true).next(random).value();
                    byte[] body = generated.request().body();
                    if (generated.expectation() == Expectation.MALFORMED) {
                        assertThatThrownBy(() -> STRICT.readTree(body)).as(generated.what())
                                .isInstanceOf(java.io.IOException.class);
                    }
                    if (family.name().equals("wrong-shape")) {
                        assertThat(generated.expectation()).isEqualTo(Expectation.REFUSED);
                        JsonNode json = readable(body);
                        assertThat(json).as(generated.what()).isNotNull();
                        assertThat(json).as(generated.what()).isNotEqualTo(STRICT.readTree(samples.request(patch).body()));
                    }
                }
            }
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        } finally {
            JqwikSession.finish();
        }
    }

    private static JsonNode readable(byte[] body) {
        try {
            return STRICT.readTree(body);
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private List<String> generate(String seed, int count) {
        JqwikSession.start(seed);
        try {
            Random random = JqwikSession.getRandom().orElseThrow();
            List<Family> families = new HostileRequests(patch, samples, samples.request(patch)).families();
            List<String> cases = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                Family family = families.get(random.nextInt(families.size()));
                Case generated = family.cases().generator(1_000, true).next(random).value();
                byte[] body = generated.request().body();
                cases.add(family.name() + " " + generated.request().target() + " "
                        + (body == null ? "" : new String(body, StandardCharsets.UTF_8)));
            }
            return cases;
        } finally {
            JqwikSession.finish();
        }
    }
}
