package dev.gantry.scheduling.mpxj;

import dev.gantry.scheduling.model.ProjectPlan;

import java.util.List;

/**
 * A plan read from a file, with what the conversion had to leave out or approximate, so an import
 * endpoint can tell the user.
 *
 * @param plan     the engine's plan; task ids are the file's task UniqueIDs
 * @param warnings human-readable notes about approximations (empty when the conversion is exact)
 */
public record ImportedPlan(ProjectPlan plan, List<String> warnings) {

    public ImportedPlan {
        warnings = List.copyOf(warnings);
    }
}
