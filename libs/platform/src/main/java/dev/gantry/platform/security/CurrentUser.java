package dev.gantry.platform.security;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import org.eclipse.microprofile.jwt.JsonWebToken;

import java.security.Principal;
import java.util.Set;

/**
 * The caller of the current request: the token's subject as id, its preferred username for display, realm roles.
 */
@RequestScoped
public class CurrentUser {

    private final SecurityIdentity identity;

    CurrentUser(SecurityIdentity identity) {
        this.identity = identity;
    }

    /** The identity provider's stable subject ({@code sub}) of the user. */
    public String id() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt && jwt.getSubject() != null) {
            return jwt.getSubject();
        }
        return principal == null ? null : principal.getName();
    }

    public String username() {
        Principal principal = identity.getPrincipal();
        if (principal instanceof JsonWebToken jwt) {
            String preferred = jwt.getClaim("preferred_username");
            if (preferred != null) {
                return preferred;
            }
        }
        return principal == null ? null : principal.getName();
    }

    public Set<String> roles() {
        return identity.getRoles();
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    /** Admins and the PMO see and act on every project. */
    public boolean seesAllProjects() {
        return hasRole(Roles.ADMIN) || hasRole(Roles.PMO);
    }

    public boolean isAnonymous() {
        return identity.isAnonymous();
    }
}
