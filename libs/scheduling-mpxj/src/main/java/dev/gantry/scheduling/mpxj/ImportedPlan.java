package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.model.ProjectPlan;

import java.util.List;

/**
 * A plan read from a file, with what the conversion had to leave out or approximate, so an import
 * endpoint can tell the user.
 *
 * @param plan      the engine's plan; task ids are the file's task UniqueIDs
 * @param warnings  human-readable notes about approximations (empty when the conversion is exact)
 * @param resources the file's work resources, by which its assignments ({@code WorkAssignment.resourceId()}) name them
 */
public record ImportedPlan(ProjectPlan plan, List<String> warnings, List<Resource> resources) {

    /** A work resource of the file: its UniqueID, name and email address as the file has them (either may be null). */
    public record Resource(String id, String name, String email) {
    }

    public ImportedPlan {
        warnings = List.copyOf(warnings);
        resources = List.copyOf(resources);
    }

    public ImportedPlan(ProjectPlan plan, List<String> warnings) {
        this(plan, warnings, List.of());
    }
}
