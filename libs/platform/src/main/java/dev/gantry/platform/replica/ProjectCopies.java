package dev.gantry.platform.replica;

import dev.gantry.contracts.GantryEvent;
import dev.gantry.contracts.project.ProjectCreated;
import dev.gantry.contracts.project.ProjectStatusChanged;
import dev.gantry.contracts.project.ProjectUpdated;
import dev.gantry.platform.events.IncomingEvent;
import dev.gantry.platform.events.ProjectEventHandler;
import jakarta.persistence.EntityManager;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Keeps one kind of {@link ProjectCopy} current from project events: created once, then changed only by newer
 * versions. A subclass names its entity and copies what it keeps beyond the common fields in {@link #created} and
 * {@link #updated}.
 *
 * <p>Subclasses are {@code @Singleton} beans: this class has no no-argument constructor for a client proxy.
 */
public abstract class ProjectCopies<C extends ProjectCopy> implements ProjectEventHandler {

    private static final Set<String> TYPES = Set.of(GantryEvent.typeOf(ProjectCreated.class),
            GantryEvent.typeOf(ProjectUpdated.class), GantryEvent.typeOf(ProjectStatusChanged.class));

    private final EntityManager em;
    private final Class<C> type;
    private final Supplier<C> factory;

    protected ProjectCopies(EntityManager em, Class<C> type, Supplier<C> factory) {
        this.em = em;
        this.type = type;
        this.factory = factory;
    }

    @Override
    public boolean handles(String type) {
        return TYPES.contains(type);
    }

    @Override
    public void handle(IncomingEvent event) {
        event.as(ProjectCreated.class).ifPresent(this::onCreated);
        event.as(ProjectUpdated.class).ifPresent(this::onUpdated);
        event.as(ProjectStatusChanged.class).ifPresent(this::onStatusChanged);
    }

    /** The copy of the project, or null when this service has not seen it created. */
    public C find(UUID projectId) {
        return em.find(type, projectId);
    }

    /** Copies what the subclass keeps beyond the common fields from a newly created project. */
    protected void created(C copy, ProjectCreated event) {
    }

    /** Copies what the subclass keeps beyond the common fields from a newer version of the project. */
    protected void updated(C copy, ProjectUpdated event) {
    }

    private void onCreated(ProjectCreated event) {
        if (find(event.projectId()) != null) {
            return;
        }
        C copy = factory.get();
        copy.projectId = event.projectId();
        copy.name = event.name();
        copy.type = event.type();
        copy.status = event.status();
        copy.startDate = event.startDate();
        copy.sourceVersion = event.version();
        copy.updatedAt = event.createdAt();
        created(copy, event);
        em.persist(copy);
    }

    private void onUpdated(ProjectUpdated event) {
        C copy = find(event.projectId());
        if (copy == null || !copy.applyVersion(event.version())) {
            return;
        }
        copy.name = event.name();
        copy.type = event.type();
        copy.startDate = event.startDate();
        copy.updatedAt = event.updatedAt();
        updated(copy, event);
    }

    private void onStatusChanged(ProjectStatusChanged event) {
        C copy = find(event.projectId());
        if (copy == null || !copy.applyVersion(event.version())) {
            return;
        }
        copy.status = event.to();
        copy.updatedAt = event.changedAt();
    }
}
