package dev.gantry.bench.ceiling;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.event.Observes;
import jakarta.transaction.Transactional;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.apache.kafka.clients.producer.ProducerRecord;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * The two endpoints the benchmark measures: an insert (one row with Panache, then one Kafka send, as a task create
 * without the domain: no membership check, no validation beyond the body, no rescheduling, no outbox) and a list of
 * 100 rows of one project. Both need a bearer token from the same realm as the services.
 */
@Path("/ceiling/items")
@Produces(MediaType.APPLICATION_JSON)
public class CeilingResource {

    /** The project whose 100 rows the list endpoint returns; inserts go to other projects so the list stays 100 rows. */
    static final UUID LISTED_PROJECT = UUID.fromString("00000000-0000-0000-0000-000000000100");

    private final CeilingEvents events;

    CeilingResource(CeilingEvents events) {
        this.events = events;
    }

    void seed(@Observes StartupEvent start) {
        QuarkusTransaction.requiringNew().run(() -> {
            if (CeilingItem.count("projectId", LISTED_PROJECT) == 0) {
                for (int i = 0; i < 100; i++) {
                    CeilingItem item = newItem(LISTED_PROJECT, "Listed item " + (i + 1), 480);
                    item.position = i;
                    item.persist();
                }
            }
        });
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({"admin", "pmo", "project-manager"})
    public Response insert(@NotNull @Valid ItemRequest body) {
        CeilingItem item = QuarkusTransaction.requiringNew().call(() -> {
            CeilingItem created = newItem(UUID.randomUUID(), body.name(), body.durationMinutes());
            created.persist();
            return created;
        });
        events.send(new ProducerRecord<>(CeilingEvents.TOPIC, item.projectId.toString(),
                "{\"type\":\"ItemCreated\",\"id\":\"" + item.id + "\"}"));
        return Response.created(URI.create("/ceiling/items/" + item.id)).entity(ItemResponse.of(item)).build();
    }

    @GET
    @Authenticated
    @Transactional(Transactional.TxType.SUPPORTS)
    public List<ItemResponse> list(@QueryParam("size") @DefaultValue("100") int size) {
        return CeilingItem.<CeilingItem>find("projectId = ?1 order by position", LISTED_PROJECT)
                .page(0, Math.max(1, Math.min(size, 200))).list().stream().map(ItemResponse::of).toList();
    }

    private static CeilingItem newItem(UUID project, String name, long minutes) {
        CeilingItem item = new CeilingItem();
        item.id = UUID.randomUUID();
        item.projectId = project;
        item.name = name;
        item.durationMinutes = minutes;
        item.createdAt = Instant.now();
        return item;
    }
}
