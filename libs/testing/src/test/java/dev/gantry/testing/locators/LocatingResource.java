package dev.gantry.testing.locators;

import jakarta.ws.rs.Path;

/** A sub-resource locator: the operations behind it are not in the class files. */
@Path("/api/locating")
public class LocatingResource {

    @Path("sub")
    public Object sub() {
        return new Object();
    }
}
