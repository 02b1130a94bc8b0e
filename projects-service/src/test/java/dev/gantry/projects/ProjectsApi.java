package dev.gantry.projects;

import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;


/** Requests to projects-service as the test users, and direct reads of its database to check what was written. */
final class ProjectsApi {

    static final String PM = "pm";
    static final String PM_ROLE = "project-manager";

    private ProjectsApi() {
    }

    static RequestSpecification as(String user, String... roles) {
        return TestTokens.as(user, roles);
    }

    static RequestSpecification asPm() {
        return as(PM, PM_ROLE);
    }

    static String uniqueName(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    static Map<String, Object> newProject(String name) {
        return Map.of("name", name, "description", "Replace the core switches in all branch offices",
                "type", "NETWORK_ROLLOUT", "startDate", "2027-03-01",
                "budget", Map.of("amount", 120000.50, "currency", "EUR"));
    }

    static ValidatableResponse create(RequestSpecification as, Object body) {
        return as.contentType(ContentType.JSON).body(body).when().post("/api/projects").then();
    }

    static UUID createProject(String name) {
        String id = create(asPm(), newProject(name)).statusCode(201).extract().path("id");
        return UUID.fromString(id);
    }

    static long count(String sql, Object... parameters) {
        List<Long> values = longs(sql, parameters);
        if (values.isEmpty()) {
            throw new IllegalStateException("no row: " + sql);
        }
        return values.get(0);
    }

    /** The first column of every row the query returns, as numbers, in the query's order. */
    static List<Long> longs(String sql, Object... parameters) {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement statement = bound(connection, sql, parameters);
             ResultSet result = statement.executeQuery()) {
            List<Long> values = new ArrayList<>();
            while (result.next()) {
                values.add(result.getLong(1));
            }
            return values;
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    static int execute(String sql, Object... parameters) {
        try (Connection connection = GantryTestResources.postgres().connect();
             PreparedStatement statement = bound(connection, sql, parameters)) {
            return statement.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    private static PreparedStatement bound(Connection connection, String sql, Object... parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        for (int i = 0; i < parameters.length; i++) {
            statement.setObject(i + 1, parameters[i]);
        }
        return statement;
    }

    static long projectRows() {
        return count("select count(*) from project");
    }

    static long outboxRows() {
        return count("select count(*) from outbox");
    }
}
