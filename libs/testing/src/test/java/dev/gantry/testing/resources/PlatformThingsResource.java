package dev.gantry.testing.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;

/** Declared under an internal prefix that the service serves under its root. */
@Path("/platform/admin/things")
public class PlatformThingsResource {

    @GET
    public String list() {
        return "";
    }
}
