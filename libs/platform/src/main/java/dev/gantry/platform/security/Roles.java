package dev.gantry.platform.security;

/** Realm roles of the {@code gantry} realm (design §5). */
public final class Roles {

    public static final String ADMIN = "admin";
    public static final String PMO = "pmo";
    public static final String PROJECT_MANAGER = "project-manager";
    public static final String RESOURCE_MANAGER = "resource-manager";
    public static final String RISK_MANAGER = "risk-manager";
    public static final String MEMBER = "member";
    public static final String VIEWER = "viewer";

    private Roles() {
    }
}
