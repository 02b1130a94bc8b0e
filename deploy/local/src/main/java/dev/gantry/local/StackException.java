package dev.gantry.local;

import java.nio.file.Path;

/** A failure to report to the user in one short sentence, with the log that tells more (if any). */
public final class StackException extends RuntimeException {

    private final transient Path log;

    public StackException(String message) {
        this(message, null);
    }

    public StackException(String message, Path log) {
        super(message);
        this.log = log;
    }

    public Path log() {
        return log;
    }

    /** The message, the tail of the log and where the full log is. */
    public String describe(Path relativeTo) {
        StringBuilder sb = new StringBuilder(getMessage());
        if (log != null) {
            String tail = Child.tail(log, 30);
            if (!tail.isEmpty()) {
                sb.append(System.lineSeparator()).append("  last lines of the log:").append(System.lineSeparator())
                        .append(tail);
            }
            sb.append("  full log: ").append(display(relativeTo, log));
        }
        return sb.toString();
    }

    static String display(Path relativeTo, Path p) {
        try {
            if (relativeTo != null && p.toAbsolutePath().startsWith(relativeTo.toAbsolutePath())) {
                return relativeTo.toAbsolutePath().relativize(p.toAbsolutePath()).toString();
            }
        } catch (IllegalArgumentException ignored) {
            // different roots
        }
        return p.toString();
    }
}
