package dev.gantry.testing.resources;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;

/** Shared resource methods, served where a concrete subclass declares its @Path. */
public abstract class ThingEndpoint {

    @GET
    public String get() {
        return "";
    }

    @PUT
    @Path("note")
    public String note(String note) {
        return note;
    }
}
