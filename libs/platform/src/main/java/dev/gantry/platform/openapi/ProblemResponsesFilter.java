package dev.gantry.platform.openapi;

import dev.gantry.platform.http.Problem;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import org.eclipse.microprofile.openapi.models.media.Schema;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents the problem+json error responses every operation can give, once for all services, so that the OpenAPI
 * document never forgets one: 400/401/403/404/500/503 everywhere, 409/413/415/422 on writes, 412/428 on updates.
 */
public class ProblemResponsesFilter implements OASFilter {

    private static final String PROBLEM_REF = "#/components/schemas/Problem";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        addProblemSchema(openAPI);
        openAPI.getPaths().getPathItems().forEach((path, item) -> {
            if (path.startsWith("/q/")) {
                return;
            }
            item.getOperations().forEach((method, operation) -> addProblems(method, operation));
        });
    }

    private static void addProblemSchema(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        if (openAPI.getComponents().getSchemas() != null
                && openAPI.getComponents().getSchemas().containsKey("Problem")) {
            return;
        }
        Schema fieldError = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("One invalid input: a JSON Pointer into the body, or a parameter name")
                .addProperty("pointer", string("JSON Pointer into the request body", "/budget/amount"))
                .addProperty("parameter", string("Query, path or header parameter", "size"))
                .addProperty("message", string("What is wrong", "must be greater than or equal to 0"));
        Schema problem = OASFactory.createSchema().type(List.of(Schema.SchemaType.OBJECT))
                .description("RFC 9457 problem details, the body of every error response")
                .addProperty("type", string("Stable URI of the kind of problem", "https://gantry.dev/problems/validation"))
                .addProperty("title", string("Summary of the kind of problem", "The request is not valid"))
                .addProperty("status", OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)).example(400))
                .addProperty("detail", string("What went wrong this time", "/budget/amount: must be greater than or equal to 0"))
                .addProperty("instance", string("The request path", "/api/projects"))
                .addProperty("errors", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY)).items(fieldError))
                .addProperty("reasons", OASFactory.createSchema().type(List.of(Schema.SchemaType.ARRAY))
                        .items(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))))
                .addProperty("traceId", string("Trace id to quote when reporting a problem", "4bf92f3577b34da6a3ce929d0e0e4736"))
                .required(List.of("type", "title", "status"));
        openAPI.getComponents().addSchema("Problem", problem);
    }

    private static Schema string(String description, String example) {
        return OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING)).description(description).example(example);
    }

    private void addProblems(PathItem.HttpMethod method, Operation operation) {
        Map<String, String> problems = new LinkedHashMap<>();
        problems.put("400", "Invalid input: malformed JSON, wrong types, unknown fields or enum values, broken rules."
                + " `errors[]` points at each invalid field");
        problems.put("401", "No valid bearer token");
        problems.put("403", "Your roles, or your role on the project, do not allow this");
        problems.put("404", "Not found, or you are not a member of the project it belongs to");
        boolean write = method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PUT
                || method == PathItem.HttpMethod.PATCH || method == PathItem.HttpMethod.DELETE;
        if (write) {
            problems.put("409", "The current state does not allow this; `reasons[]` says why");
            problems.put("413", "The body is too large");
            problems.put("415", "The body is not application/json");
        }
        if (method == PathItem.HttpMethod.POST) {
            problems.put("422", "The Idempotency-Key was already used for a different request (`idempotency-key-reused`),"
                    + " or the change would publish an event over the size limit (`event-too-large`)");
        } else if (write) {
            problems.put("422", "The change would publish an event over the size limit (`event-too-large`):"
                    + " make it in smaller parts");
        }
        if (method == PathItem.HttpMethod.PUT || method == PathItem.HttpMethod.PATCH
                || method == PathItem.HttpMethod.DELETE) {
            problems.put("412", "If-Match does not name the current version: someone else changed it");
            problems.put("428", "If-Match is missing");
        }
        problems.put("500", "Unexpected failure; quote `traceId` when reporting it");
        problems.put("503", "A backing service (database) is unavailable; retry after the Retry-After delay");

        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        for (Map.Entry<String, String> problem : problems.entrySet()) {
            if (responses.hasAPIResponse(problem.getKey())) {
                continue;
            }
            MediaType mediaType = OASFactory.createMediaType()
                    .schema(OASFactory.createSchema().ref(PROBLEM_REF));
            Content content = OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE, mediaType);
            APIResponse response = OASFactory.createAPIResponse().description(problem.getValue()).content(content);
            responses.addAPIResponse(problem.getKey(), response);
        }
    }
}
