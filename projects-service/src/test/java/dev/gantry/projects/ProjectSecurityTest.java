package dev.gantry.projects;

import dev.gantry.testing.TestTokens;
import dev.gantry.testing.contract.ServiceSecurityContract;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.as;
import static dev.gantry.projects.ProjectsApi.asPm;
import static dev.gantry.projects.ProjectsApi.create;
import static dev.gantry.projects.ProjectsApi.createProject;
import static dev.gantry.projects.ProjectsApi.newProject;
import static dev.gantry.projects.ProjectsApi.projectRows;
import static dev.gantry.projects.ProjectsApi.uniqueName;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

/**
 * Who may call projects-service: every documented operation but the calendar feed needs a token (the inherited
 * sweep), and tokens and realm roles are checked.
 */
@QuarkusTest
class ProjectSecurityTest extends ServiceSecurityContract {

    @Override
    protected String servicePackage() {
        return "dev.gantry.projects";
    }

    @Override
    protected String apiRoot() {
        return "/api/projects";
    }

    /** Calendar applications cannot send tokens: the secret in the URL is the credential. */
    @Override
    protected Set<String> publicOperations() {
        return Set.of("GET /api/projects/calendar-feeds/{secret}.ics");
    }

    @Test
    void expiredForgedOrForeignTokensAreRejected() {
        for (String token : new String[]{
                TestTokens.user("pm").roles("project-manager").expired().token(),
                TestTokens.user("pm").roles("project-manager").signedWithUntrustedKey().token(),
                TestTokens.user("pm").roles("project-manager").issuer("https://elsewhere.example/realms/x").token(),
                "not-a-jwt"}) {
            given().header("Authorization", "Bearer " + token).get("/api/projects").then()
                    .statusCode(401)
                    .contentType("application/problem+json")
                    .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Bearer"));
        }
    }

    @Test
    void aRealmRoleThatMayNotCreateProjectsGets403AndNothingIsWritten() {
        long before = projectRows();
        for (String role : new String[]{"viewer", "member", "resource-manager", "risk-manager"}) {
            create(as("someone", role), newProject(uniqueName("Forbidden"))).statusCode(403)
                    .contentType("application/problem+json")
                    .body("status", equalTo(403));
        }
        assertThat(projectRows()).isEqualTo(before);
        create(as("boss", "pmo"), newProject(uniqueName("PMO project"))).statusCode(201);
        create(as("root", "admin"), newProject(uniqueName("Admin project"))).statusCode(201);
    }

    @Test
    void aNonMemberCannotTellAProjectExistsFromOneThatDoesNot() {
        UUID id = createProject(uniqueName("Secret"));
        UUID missing = UUID.randomUUID();
        String outsiderId = TestTokens.subjectOf("outsider").toString();

        for (UUID project : new UUID[]{id, missing}) {
            ExtractableResponse<Response> read = as("outsider", "project-manager")
                    .get("/api/projects/{id}", project).then().statusCode(404)
                    .contentType("application/problem+json").extract();
            assertThat(read.path("detail").toString()).isEqualTo("Project " + project + " was not found");

            as("outsider", "project-manager").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("name", "Taken over")).patch("/api/projects/{id}", project).then().statusCode(404);
            as("outsider", "project-manager").get("/api/projects/{id}/members", project).then().statusCode(404);
            as("outsider", "project-manager").contentType(ContentType.JSON)
                    .body(Map.of("username", "outsider", "role", "MANAGER"))
                    .put("/api/projects/{id}/members/{user}", project, outsiderId).then().statusCode(404);
            as("outsider", "project-manager").delete("/api/projects/{id}/members/{user}", project,
                    TestTokens.subjectOf("pm")).then().statusCode(404);
        }
        asPm().get("/api/projects/{id}", id).then().body("name", org.hamcrest.Matchers.startsWith("Secret"));
    }

    @Test
    void membersWhoseProjectRoleDoesNotAllowAWriteGet403() {
        UUID id = createProject(uniqueName("Roles"));
        addMember(id, "viewer", "VIEWER");
        addMember(id, "dev", "MEMBER");

        as("viewer", "viewer").get("/api/projects/{id}", id).then().statusCode(200);
        for (String user : new String[]{"viewer", "dev"}) {
            as(user, "member").contentType(ContentType.JSON).header("If-Match", "\"0\"")
                    .body(Map.of("name", "Renamed by " + user)).patch("/api/projects/{id}", id).then()
                    .statusCode(403).contentType("application/problem+json");
            as(user, "member").contentType(ContentType.JSON).body(Map.of("username", user, "role", "MANAGER"))
                    .put("/api/projects/{id}/members/{user}", id, TestTokens.subjectOf(user)).then()
                    .statusCode(403);
        }
        asPm().get("/api/projects/{id}", id).then().body("version", equalTo(0));
    }

    @Test
    void adminsAndThePmoSeeEveryProject() {
        UUID id = createProject(uniqueName("Oversight"));
        as("root", "admin").get("/api/projects/{id}", id).then().statusCode(200);
        as("boss", "pmo").get("/api/projects/{id}", id).then().statusCode(200);
        as("boss", "pmo").get("/api/projects/{id}/members", id).then().statusCode(200);
    }

    private static void addMember(UUID project, String user, String role) {
        asPm().contentType(ContentType.JSON).body(Map.of("username", user, "role", role))
                .put("/api/projects/{id}/members/{user}", project, TestTokens.subjectOf(user)).then()
                .statusCode(201);
    }
}
