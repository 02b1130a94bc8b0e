package dev.gantry.resources;

import dev.gantry.contracts.project.Member;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectRole;
import dev.gantry.testing.GantryTestResources;
import dev.gantry.testing.Inbox;
import dev.gantry.testing.KafkaTestClient;
import dev.gantry.testing.TestEvents;
import dev.gantry.testing.TestTokens;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Projects as projects-service announces them, for the tests of resources-service: published on the real broker and
 * waited for until the service has applied them. One Kafka client for the test run.
 */
final class PublishedProjects {

    private static KafkaTestClient kafka;

    private PublishedProjects() {
    }

    /** The run's Kafka client, made on first use and closed when the JVM ends. */
    static synchronized KafkaTestClient kafka() {
        if (kafka == null) {
            kafka = new KafkaTestClient(GantryTestResources.kafka());
            Runtime.getRuntime().addShutdownHook(new Thread(kafka::close));
        }
        return kafka;
    }

    /** A new EXECUTING project managed by pm, with these further members (user, role pairs), once it is applied. */
    static UUID create(Object... members) {
        UUID id = UUID.randomUUID();
        Member manager = member("pm", ProjectRole.MANAGER);
        List<Member> all = new ArrayList<>(List.of(manager));
        for (int i = 0; i < members.length; i += 2) {
            all.add(member((String) members[i], (ProjectRole) members[i + 1]));
        }
        Inbox.awaitProcessed("project-events", TestEvents.send(kafka(), new ProjectCreated(id, "Project " + id, null,
                "GENERIC", "EXECUTING", manager, LocalDate.of(2027, 3, 1), null, all, 0, Instant.now())));
        return id;
    }

    private static Member member(String user, ProjectRole role) {
        return new Member(TestTokens.subjectOf(user).toString(), user, role);
    }
}
