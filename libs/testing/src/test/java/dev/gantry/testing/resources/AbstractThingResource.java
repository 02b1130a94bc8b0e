package dev.gantry.testing.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Abstract: never a resource itself, whatever its annotations. */
@Path("/api/abstract")
public abstract class AbstractThingResource {

    @GET
    public String get() {
        return "";
    }
}
