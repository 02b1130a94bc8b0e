package dev.gantry.platform.http;

import dev.gantry.platform.errors.PreconditionFailedException;
import dev.gantry.platform.errors.PreconditionRequiredException;

/**
 * Entity tags derived from a resource's version, and the If-Match / If-None-Match checks that prevent lost updates.
 */
public final class ETags {

    private ETags() {
    }

    public static String of(long version) {
        return "\"" + version + "\"";
    }

    /**
     * Checks an If-Match header against the current version: missing → 428, not matching → 412.
     * {@code *} matches any existing resource.
     */
    public static void requireMatch(String ifMatch, long currentVersion) {
        if (ifMatch == null || ifMatch.isBlank()) {
            throw new PreconditionRequiredException();
        }
        if (!matches(ifMatch, currentVersion)) {
            throw new PreconditionFailedException(of(currentVersion));
        }
    }

    /** True when an If-None-Match header names the current version, i.e. the client's copy is current. */
    public static boolean notModified(String ifNoneMatch, long currentVersion) {
        return ifNoneMatch != null && !ifNoneMatch.isBlank() && matches(ifNoneMatch, currentVersion);
    }

    private static boolean matches(String header, long currentVersion) {
        String current = of(currentVersion);
        for (String candidate : header.split(",")) {
            String tag = candidate.trim();
            if (tag.equals("*")) {
                return true;
            }
            if (tag.startsWith("W/")) {
                tag = tag.substring(2);
            }
            if (tag.equals(current)) {
                return true;
            }
        }
        return false;
    }
}
