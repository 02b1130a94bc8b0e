package dev.gantry.testing.resources;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;

/** Class and method paths joined, slashes evened out, template expressions dropped. */
@Path("/api/things/{thingId}/tasks")
public class ThingTasksResource {

    @GET
    public String list() {
        return "";
    }

    @POST
    public String create(String body) {
        return body;
    }

    @GET
    @Path("{taskNo: [0-9]{1,4}}")
    public String get() {
        return "";
    }

    @PATCH
    @Path("/{taskNo}/")
    public String patch(String body) {
        return body;
    }

    @DELETE
    @Path("{taskNo}")
    public void delete() {
    }

    /** Not a resource method: no HTTP method annotation. */
    public String helper() {
        return "";
    }
}
