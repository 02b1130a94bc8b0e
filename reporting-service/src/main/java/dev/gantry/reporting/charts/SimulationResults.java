package dev.gantry.reporting.charts;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.gantry.contracts.EventJson;
import dev.gantry.contracts.risk.SimulationCompleted;
import dev.gantry.platform.events.IncomingEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The latest completed simulation of each project, as risk-service announced it (SimulationCompleted). */
@ApplicationScoped
public class SimulationResults {

    private final EntityManager em;

    SimulationResults(EntityManager em) {
        this.em = em;
    }

    /** Keeps the simulation when it completed after the one kept (in the inbox's transaction). */
    public void completed(IncomingEvent event) {
        event.as(SimulationCompleted.class).ifPresent(s -> em.createNativeQuery("""
                        insert into sim_result (project_id, simulation_id, completed_at, body) values (?1, ?2, ?3, ?4)
                        on conflict (project_id) do update set simulation_id = excluded.simulation_id,
                            completed_at = excluded.completed_at, body = excluded.body
                        where sim_result.completed_at <= excluded.completed_at""")
                .setParameter(1, s.projectId()).setParameter(2, s.simulationId())
                .setParameter(3, OffsetDateTime.ofInstant(s.completedAt(), ZoneOffset.UTC))
                .setParameter(4, write(s)).executeUpdate());
    }

    /** The project's latest completed simulation, if any. */
    public Optional<SimulationCompleted> latest(UUID projectId) {
        List<?> rows = em.createNativeQuery("select body from sim_result where project_id = ?1")
                .setParameter(1, projectId).getResultList();
        return rows.stream().findFirst().map(body -> read((String) body));
    }

    private static String write(SimulationCompleted s) {
        try {
            return EventJson.mapper().writeValueAsString(s);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static SimulationCompleted read(String body) {
        try {
            return EventJson.mapper().readValue(body, SimulationCompleted.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Unreadable stored simulation: " + e.getOriginalMessage(), e);
        }
    }
}
