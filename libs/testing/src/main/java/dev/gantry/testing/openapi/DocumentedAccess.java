package dev.gantry.testing.openapi;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Who may call what, as the documentation says it — the expectations of {@link OpenApiSecurityMatrix}. The rules of
 * docs/api.md ("Authentication and authorisation") are built in:
 *
 * <ul>
 *   <li>every operation needs a token (401 without, or with an expired, forged or foreign one);</li>
 *   <li>the realm roles of the operation's OpenAPI security requirement decide who may call it at all (403);</li>
 *   <li>an operation about one project answers 404 to anyone who is not a member of it;</li>
 *   <li>on a project, {@code VIEWER}s read: they get what the manager gets from a GET, and 403 for anything else
 *   (and for the reads the documentation keeps for managers).</li>
 * </ul>
 *
 * A service adds only what its documentation says differently, naming where it says so.
 */
public final class DocumentedAccess {

    private final Map<String, String> publicOperations = new LinkedHashMap<>();
    private final Map<String, String> openToViewers = new LinkedHashMap<>();
    private final Map<String, String> hiddenFromViewers = new LinkedHashMap<>();
    private final Map<String, String> managersOnly = new LinkedHashMap<>();

    private DocumentedAccess() {
    }

    /** The rules of docs/api.md, with no exceptions. */
    public static DocumentedAccess asInApiGuide() {
        return new DocumentedAccess();
    }

    /**
     * An operation that needs no token ({@code "GET /api/projects/calendar-feeds/{secret}.ics"}); {@code source} says
     * where this is documented, for the report.
     */
    public DocumentedAccess publicOperation(String label, String source) {
        publicOperations.put(label, source);
        return this;
    }

    /** A write that project viewers may make too (e.g. subscribing to the project's calendar). */
    public DocumentedAccess openToViewers(String label, String source) {
        openToViewers.put(label, source);
        return this;
    }

    /**
     * A write a project viewer may not make, answered 404 rather than 403 because what it names is someone else's and
     * personal (another member's calendar subscription).
     */
    public DocumentedAccess hiddenFromViewers(String label, String source) {
        hiddenFromViewers.put(label, source);
        return this;
    }

    /**
     * A read that only the project's manager (and the roles that see every project) may make — time entries and
     * costs, which hold people's rates: a viewer gets 403, as for a write.
     */
    public DocumentedAccess managersOnly(String label, String source) {
        managersOnly.put(label, source);
        return this;
    }

    /** The status a viewer's refused write gets: 403, or 404 where documented. */
    int viewerRefusal(ApiOperation op) {
        return hiddenFromViewers.containsKey(op.label()) ? 404 : 403;
    }

    boolean isPublic(ApiOperation op) {
        return publicOperations.containsKey(op.label());
    }

    /** True when a project viewer may call the operation: reads, and the documented exceptions. */
    boolean viewersMay(ApiOperation op) {
        return (op.reads() && !managersOnly.containsKey(op.label())) || openToViewers.containsKey(op.label());
    }

    Map<String, String> publicOperations() {
        return publicOperations;
    }

    Map<String, String> openToViewers() {
        return openToViewers;
    }
}
