package dev.gantry.projects.schedule.persistence;

import dev.gantry.contracts.schedule.ScheduleDates;
import dev.gantry.platform.events.OutboxPayloadSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import org.hibernate.Session;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The JSON of the {@link ScheduleDates} records, read by the outbox relay from {@code schedule_dates_segment} when it
 * publishes them: a segment is written once, in its row, and its outbox row names it as
 * {@code schedule-dates:<projectId>/<segment>/<version>}. At 10,000 tasks an edit that moves the whole plan rewrites
 * 1.4 MB of segments, which the database would otherwise store twice in the request.
 *
 * <p>Once a version of a segment is published, its earlier versions are removed: the relay publishes a project's
 * records in order, so no earlier one is still waiting for its payload.
 */
@ApplicationScoped
public class ScheduleDatesPayloads implements OutboxPayloadSource {

    public static final String NAME = "schedule-dates";

    private static final String REFERENCED = """
            select s.project_id, s.segment, s.version, s.body
              from schedule_dates_segment s
              join unnest(cast(? as uuid[]), cast(? as int4[]), cast(? as int8[])) as r(project_id, segment, version)
                on s.project_id = r.project_id and s.segment = r.segment and s.version = r.version""";
    private static final String EARLIER = """
            delete from schedule_dates_segment s
             using unnest(cast(? as uuid[]), cast(? as int4[]), cast(? as int8[])) as r(project_id, segment, version)
             where s.project_id = r.project_id and s.segment = r.segment and s.version < r.version""";

    private final EntityManager em;

    ScheduleDatesPayloads(EntityManager em) {
        this.em = em;
    }

    /** The reference of a segment's version, as its outbox row names it (after {@code schedule-dates:}). */
    public static String reference(UUID projectId, int segment, long version) {
        return projectId + "/" + segment + "/" + version;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> payloads(Collection<String> references) {
        Map<String, String> found = new HashMap<>();
        run(REFERENCED, references, statement -> {
            try (ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    found.put(reference(rows.getObject(1, UUID.class), rows.getInt(2), rows.getLong(3)),
                            rows.getString(4));
                }
            }
        });
        return found;
    }

    @Override
    public void published(Collection<String> references) {
        run(EARLIER, references, PreparedStatement::executeUpdate);
    }

    private interface Statement {
        void run(PreparedStatement statement) throws java.sql.SQLException;
    }

    private void run(String sql, Collection<String> references, Statement work) {
        int n = references.size();
        UUID[] projects = new UUID[n];
        Integer[] segments = new Integer[n];
        Long[] versions = new Long[n];
        int i = 0;
        for (String reference : references) {
            String[] parts = reference.split("/", 3);
            if (parts.length != 3) {
                throw new IllegalArgumentException("Not a schedule-dates reference: " + reference);
            }
            projects[i] = UUID.fromString(parts[0]);
            segments[i] = Integer.valueOf(parts[1]);
            versions[i++] = Long.valueOf(parts[2]);
        }
        em.unwrap(Session.class).doWork(connection -> {
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setArray(1, connection.createArrayOf("uuid", projects));
                statement.setArray(2, connection.createArrayOf("int4", segments));
                statement.setArray(3, connection.createArrayOf("int8", versions));
                work.run(statement);
            }
        });
    }
}
