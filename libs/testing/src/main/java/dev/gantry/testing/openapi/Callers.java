package dev.gantry.testing.openapi;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import dev.gantry.testing.TestTokens;

/** The realm roles and tokens the suites call operations with. */
final class Callers {

    /** Every realm role of the gantry realm (docs/api.md). */
    static final List<String> ALL_ROLES = List.of(RealmRoles.ADMIN, RealmRoles.PMO, RealmRoles.PROJECT_MANAGER,
            RealmRoles.RESOURCE_MANAGER, RealmRoles.RISK_MANAGER, RealmRoles.MEMBER, RealmRoles.VIEWER);
    /** Roles that see and act on every project, so that membership does not matter for them. */
    static final Set<String> SEE_ALL_PROJECTS = Set.of(RealmRoles.ADMIN, RealmRoles.PMO);

    private Callers() {
    }

    /**
     * The realm roles a user with {@code usualRole} needs for the operation: the usual one, plus one the operation
     * allows when it does not allow the usual one — preferring a role that does not see every project, so that
     * membership still decides.
     */
    static Set<String> rolesFor(ApiOperation op, String usualRole) {
        Set<String> roles = new LinkedHashSet<>(List.of(usualRole));
        Set<String> allowed = op.allowedRoles();
        if (!allowed.isEmpty() && !allowed.contains(usualRole)) {
            roles.add(allowed.stream().filter(r -> !SEE_ALL_PROJECTS.contains(r)).findFirst()
                    .orElse(allowed.iterator().next()));
        }
        return roles;
    }

    /** A role the operation allows that does not see every project, if it has one (or allows everyone). */
    static Optional<String> projectRoleFor(ApiOperation op) {
        Set<String> allowed = op.allowedRoles();
        if (allowed.isEmpty()) {
            return Optional.of(RealmRoles.PROJECT_MANAGER);
        }
        return allowed.stream().filter(r -> !SEE_ALL_PROJECTS.contains(r)).findFirst();
    }

    static String bearer(String user, Set<String> roles) {
        return TestTokens.user(user).roles(roles.toArray(String[]::new)).bearer();
    }
}
