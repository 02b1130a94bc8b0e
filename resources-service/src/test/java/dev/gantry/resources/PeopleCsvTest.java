package dev.gantry.resources;

import dev.gantry.testing.TestTokens;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

/** People in and out as CSV: all rows or none, every bad row named with its line and column. */
@QuarkusTest
class PeopleCsvTest {

    private static final String HEADER = "name,email,username,jobFamily,team,capacityHoursPerWeek,skills,rates\n";

    private static RequestSpecification asRm() {
        return TestTokens.as("rm", "resource-manager");
    }

    private static io.restassured.response.ValidatableResponse importCsv(String csv) {
        return asRm().contentType("text/csv").body(csv).post("/api/resources/people/import").then();
    }

    @Test
    void importsAllRowsOrNoneAndExportsWhatItImports() {
        String t = UUID.randomUUID().toString().substring(0, 8);
        String csv = HEADER
                + "Ana " + t + ",ana." + t + "@example.com,ana-" + t + ",NETWORK_ENGINEER,\"Networks, core\",40,"
                + "Cisco IOS:4; Juniper:2,2027-01-01 70.00 EUR; 2027-07-01 75.00 EUR\n"
                + "Ben " + t + ",ben." + t + "@example.com,,DBA,Data,32,Oracle:5,\n"
                + "Cy " + t + ",,cy-" + t + ",TESTER,,20,,\n";
        importCsv(csv).statusCode(200).body("created", equalTo(3)).body("updated", equalTo(0));
        importCsv(csv).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));

        String exported = TestTokens.as("pmo", "pmo").get("/api/resources/people/export").then().statusCode(200)
                .contentType(containsString("text/csv")).extract().asString();
        assertThat(exported).startsWith(HEADER.strip())
                .contains("Ana " + t + ",ana." + t + "@example.com,ana-" + t + ",NETWORK_ENGINEER,\"Networks, core\",40,"
                        + "Cisco IOS:4; Juniper:2,2027-01-01 70.00 EUR; 2027-07-01 75.00 EUR");
        String ben = TestTokens.as("pmo", "pmo").queryParam("q", "ben." + t).get("/api/resources/people").then()
                .statusCode(200).extract().path("items[0].id");

        // One good change (Ben to 36 hours) among bad rows: nothing is written, every bad row is named.
        String bad = HEADER
                + "Ben " + t + ",ben." + t + "@example.com,,DBA,Data,36,Oracle:5,\n"
                + "Dee " + t + ",,,ASTRONAUT,,40,,\n"
                + "Eve " + t + ",,,DBA,,40,Oracle four,\n"
                + "Ana again " + t + ",,ana-" + t + ",DBA,,40,,\n"
                + "Ana twice " + t + ",,ana-" + t + ",DBA,,40,,\n"
                + "Fay " + t + ",,,DBA,,40,,2027-01-01 70 EUR; 2027-02-01 71 USD\n";
        importCsv(bad).statusCode(400).contentType("application/problem+json")
                .body("errors.pointer", hasItems("/rows/3/jobFamily", "/rows/4/skills", "/rows/6/username",
                        "/rows/7/rates/1/currency"))
                .body("errors.find { it.pointer == '/rows/6/username' }.message",
                        equalTo("row 6, username: names the same person as row 5"));
        TestTokens.as("pmo", "pmo").get("/api/resources/people/{id}", ben).then().body("capacityHoursPerWeek",
                equalTo(32.0f));

        importCsv("not,a,people,file\n1,2,3,4\n").statusCode(400);
        asRm().contentType("application/json").body("{}").post("/api/resources/people/import").then().statusCode(415);
        importCsv(HEADER).statusCode(400).body("errors[0].pointer", equalTo("/rows"));
        TestTokens.as("pm", "project-manager").contentType("text/csv").body(csv).post("/api/resources/people/import")
                .then().statusCode(403);
    }
}
