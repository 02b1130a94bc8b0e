package dev.gantry.projects;

import dev.gantry.testing.TestTokens;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static dev.gantry.projects.ProjectsApi.asPm;

/** Test data and requests for meetings and action items. Projects from {@link ProjectsApi#newProject} start 2027-03-01. */
final class MeetingFixtures {

    static final String MEETINGS = "/api/projects/{p}/meetings";
    static final String MEETING = "/api/projects/{p}/meetings/{m}";
    static final String ITEMS = "/api/projects/{p}/meetings/{m}/action-items";
    static final String ITEM = "/api/projects/{p}/meetings/{m}/action-items/{a}";

    private MeetingFixtures() {
    }

    /** A steering meeting on 2027-03-15 10:00–11:30 Berlin time (09:00–10:30 UTC), with pm and an outside guest. */
    static Map<String, Object> steering() {
        Map<String, Object> meeting = new HashMap<>();
        meeting.put("title", "Steering committee #3");
        meeting.put("kind", "STEERING");
        meeting.put("start", "2027-03-15T10:00:00");
        meeting.put("end", "2027-03-15T11:30:00");
        meeting.put("timeZone", "Europe/Berlin");
        meeting.put("location", "Room 4.12, Head office");
        meeting.put("onlineLink", "https://meet.example.com/steering-3");
        meeting.put("description", "Quarterly steering: budget, vendor choice, rollout plan");
        meeting.put("attendees", List.of(Map.of("userId", TestTokens.subjectOf("pm").toString()),
                Map.of("name", "Dana Whitfield", "email", "dana.whitfield@example.com")));
        meeting.put("agenda", List.of(Map.of("title", "Budget review", "presenter", "pm", "minutesAllotted", 20),
                Map.of("title", "Vendor choice", "minutesAllotted", 40)));
        return meeting;
    }

    static Map<String, Object> with(Map<String, Object> base, String key, Object value) {
        return PmFixtures.with(base, key, value);
    }

    static ValidatableResponse schedule(RequestSpecification as, UUID project, Object body) {
        return as.contentType(ContentType.JSON).body(body).post(MEETINGS, project).then();
    }

    static String scheduleMeeting(UUID project, Map<String, Object> body) {
        return schedule(asPm(), project, body).statusCode(201).extract().path("id");
    }

    static ValidatableResponse replace(RequestSpecification as, UUID project, String meeting, String etag, Object body) {
        RequestSpecification request = as.contentType(ContentType.JSON).body(body);
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.put(MEETING, project, meeting).then();
    }

    static ValidatableResponse cancel(RequestSpecification as, UUID project, String meeting, String etag, String reason) {
        RequestSpecification request = as.contentType(ContentType.JSON)
                .body(reason == null ? Map.of() : Map.of("reason", reason));
        if (etag != null) {
            request = request.header("If-Match", etag);
        }
        return request.post(MEETING + "/cancel", project, meeting).then();
    }

    /** An action item owned by a project member, due on {@code dueDate}. */
    static Map<String, Object> item(String owner, String dueDate) {
        Map<String, Object> item = new HashMap<>();
        item.put("description", "Order the replacement switches for the northern branches");
        item.put("owner", Map.of("userId", TestTokens.subjectOf(owner).toString()));
        item.put("dueDate", dueDate);
        return item;
    }

    static ValidatableResponse addItem(RequestSpecification as, UUID project, String meeting, Object body) {
        return as.contentType(ContentType.JSON).body(body).post(ITEMS, project, meeting).then();
    }

    static String addActionItem(UUID project, String meeting, Map<String, Object> body) {
        return addItem(asPm(), project, meeting, body).statusCode(201).extract().path("id");
    }

    /** Turns the item into a task; a null body sends none (all defaults). */
    static ValidatableResponse convert(RequestSpecification as, UUID project, String meeting, String item, Object body) {
        RequestSpecification request = as.contentType(ContentType.JSON);
        if (body != null) {
            request = request.body(body);
        }
        return request.post(ITEM + "/task", project, meeting, item).then();
    }

    static long meetingRows() {
        return ProjectsApi.count("select count(*) from meeting");
    }

    static long actionItemRows() {
        return ProjectsApi.count("select count(*) from meeting_action_item");
    }

    static long taskRows() {
        return ProjectsApi.count("select count(*) from schedule_task");
    }
}
