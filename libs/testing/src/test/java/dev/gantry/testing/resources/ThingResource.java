package dev.gantry.testing.resources;

import jakarta.ws.rs.Path;

/** Inherits its resource methods; an override without annotations keeps the overridden method's. */
@Path("/api/things/{thingId}")
public class ThingResource extends ThingEndpoint {

    @Override
    public String note(String note) {
        return note.strip();
    }
}
