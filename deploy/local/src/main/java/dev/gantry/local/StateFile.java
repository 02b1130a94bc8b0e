package dev.gantry.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code .local/state.json}: the launcher's pid and every child's pid (with start time, since pids get reused), so
 * that {@code ./gantry down} and {@code ./gantry status} work from another terminal or after {@code --detach}.
 */
final class StateFile {

    record Proc(String name, long pid, long start, String log) {
        Optional<ProcessHandle> handle() {
            return Child.find(pid, start);
        }
    }

    record State(String status, Proc launcher, List<Proc> children, int portOffset, String gatewayUrl,
                 String issuerUrl, Double upSeconds) {
        boolean launcherAlive() {
            return launcher != null && launcher.handle().isPresent();
        }
    }

    private StateFile() {
    }

    static synchronized void write(Path file, String status, List<Child> children, StackConfig config,
                                   Double upSeconds) {
        ObjectNode root = Http.JSON.createObjectNode();
        root.put("status", status);
        ProcessHandle self = ProcessHandle.current();
        root.set("launcher", proc("launcher", self.pid(),
                self.info().startInstant().map(Instant::toEpochMilli).orElse(0L), null));
        ArrayNode arr = root.putArray("children");
        for (Child c : children) {
            arr.add(proc(c.name, c.pid(), c.startInstant().toEpochMilli(), c.log.toString()));
        }
        root.put("portOffset", config.portOffset);
        root.put("gatewayUrl", config.gatewayUrl());
        root.put("issuerUrl", config.issuerUrl());
        if (upSeconds != null) {
            root.put("upSeconds", upSeconds);
        }
        try {
            StackConfig.ensureDir(file.getParent());
            Path tmp = file.resolveSibling(file.getFileName() + ".tmp");
            Files.writeString(tmp, Http.JSON.writerWithDefaultPrettyPrinter().writeValueAsString(root));
            Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new StackException("could not write " + file + ": " + e.getMessage());
        }
    }

    private static ObjectNode proc(String name, long pid, long start, String log) {
        ObjectNode n = Http.JSON.createObjectNode();
        n.put("name", name).put("pid", pid).put("start", start);
        if (log != null) {
            n.put("log", log);
        }
        return n;
    }

    static Optional<State> read(Path file) {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = Http.JSON.readTree(file.toFile());
            List<Proc> children = new ArrayList<>();
            for (JsonNode c : root.path("children")) {
                children.add(toProc(c));
            }
            return Optional.of(new State(root.path("status").asText(), toProc(root.path("launcher")), children,
                    root.path("portOffset").asInt(), root.path("gatewayUrl").asText(null),
                    root.path("issuerUrl").asText(null),
                    root.has("upSeconds") ? root.path("upSeconds").asDouble() : null));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static Proc toProc(JsonNode n) {
        if (n.isMissingNode() || n.isNull()) {
            return null;
        }
        return new Proc(n.path("name").asText(), n.path("pid").asLong(), n.path("start").asLong(),
                n.path("log").asText(null));
    }

    static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException ignored) {
            // best effort
        }
    }
}
