package dev.gantry.testing.openapi;

/** The realm roles docs/api.md names: what a caller's token may carry. */
final class RealmRoles {

    static final String ADMIN = "admin";
    static final String PMO = "pmo";
    static final String PROJECT_MANAGER = "project-manager";
    static final String RESOURCE_MANAGER = "resource-manager";
    static final String RISK_MANAGER = "risk-manager";
    static final String MEMBER = "member";
    static final String VIEWER = "viewer";

    private RealmRoles() {
    }
}
