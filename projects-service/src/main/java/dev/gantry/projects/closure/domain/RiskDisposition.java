package dev.gantry.projects.closure.domain;

import java.util.Optional;

/** What happens to a closing project's open risks. */
public enum RiskDisposition {
    /** Close every open risk. */
    CLOSE,
    /** Hand every open risk over to a named target (e.g. the operations team's risk register). */
    TRANSFER;

    /**
     * Why {@code transferTarget} does not go with this disposition, or empty when it does: TRANSFER needs a target
     * (where the open risks go), CLOSE takes none. The sentence follows the target's name, as a field error does.
     */
    public Optional<String> refusal(String transferTarget) {
        if (this == TRANSFER && transferTarget == null) {
            return Optional.of("is required when riskDisposition is TRANSFER: name where the open risks go");
        }
        if (this == CLOSE && transferTarget != null) {
            return Optional.of("must be empty when riskDisposition is CLOSE;"
                    + " set riskDisposition to TRANSFER to hand risks over");
        }
        return Optional.empty();
    }
}
