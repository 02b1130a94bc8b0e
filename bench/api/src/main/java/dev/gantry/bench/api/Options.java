package dev.gantry.bench.api;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** {@code --name=value} options of a benchmark; an unknown option is an error that lists the known ones. */
final class Options {

    private final Map<String, String> values = new HashMap<>();

    Options(String[] args, Set<String> known) {
        for (String a : args) {
            if (!a.startsWith("--")) {
                throw new IllegalArgumentException("unexpected argument '" + a + "'; options: " + known);
            }
            String[] kv = a.substring(2).split("=", 2);
            if (!known.contains(kv[0])) {
                throw new IllegalArgumentException("unknown option --" + kv[0] + "; options: " + known);
            }
            values.put(kv[0], kv.length == 2 ? kv[1] : "true");
        }
    }

    /**
     * The options of {@code bench/run <bench>}: its arguments after the output path. A bad option ends the process with
     * status 2 and the reason.
     */
    static Options ofMain(String bench, String[] args, Set<String> known) {
        try {
            return new Options(Arrays.copyOfRange(args, 1, args.length), known);
        } catch (IllegalArgumentException e) {
            System.err.println("bench/run " + bench + ": " + e.getMessage() + " (see bench/README.md)");
            System.exit(2);
            throw e;
        }
    }

    String string(String name, String defaultValue) {
        return values.getOrDefault(name, defaultValue);
    }

    int integer(String name, int defaultValue) {
        return values.containsKey(name) ? Integer.parseInt(values.get(name)) : defaultValue;
    }

    boolean flag(String name) {
        return Boolean.parseBoolean(values.getOrDefault(name, "false"));
    }

    List<String> list(String name, String defaultValue) {
        return Arrays.stream(string(name, defaultValue).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    List<Integer> integers(String name, String defaultValue) {
        return list(name, defaultValue).stream().map(Integer::parseInt).toList();
    }
}
