package dev.gantry.projects.charter.persistence;

import dev.gantry.projects.charter.domain.Charter;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

import java.util.UUID;

/** Charters by project id. */
@ApplicationScoped
public class CharterRepository implements PanacheRepositoryBase<Charter, UUID> {
}
