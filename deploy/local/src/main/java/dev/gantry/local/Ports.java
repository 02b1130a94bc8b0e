package dev.gantry.local;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Checks that the stack's ports are free and, on Linux, names the process that holds a taken one. */
final class Ports {

    private Ports() {
    }

    /** Fails with one line per taken port: which port, what it was meant for, and who holds it if known. */
    static void requireFree(Map<String, Integer> wanted) {
        List<String> taken = new ArrayList<>();
        for (Map.Entry<String, Integer> e : wanted.entrySet()) {
            int port = e.getValue();
            if (!isFree(port)) {
                String owner = owner(port).map(o -> " by " + o).orElse(" by another program");
                taken.add("port " + port + " (" + e.getKey() + ") is already in use" + owner);
            }
        }
        if (!taken.isEmpty()) {
            throw new StackException(String.join(System.lineSeparator() + "  ", taken) + System.lineSeparator()
                    + "  Stop that program, or move the whole stack with GANTRY_PORT_OFFSET=<n> (adds n to every port).");
        }
    }

    static boolean isFree(int port) {
        // Binding the wildcard address fails if anything listens on the port, on any address.
        try (ServerSocket s = new ServerSocket()) {
            s.setReuseAddress(true);
            s.bind(new InetSocketAddress(port));
        } catch (IOException e) {
            return false;
        }
        return !isListening(port);
    }

    static boolean isListening(int port) {
        try (Socket s = new Socket()) {
            s.connect(new InetSocketAddress("127.0.0.1", port), 300);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** "pid 1234 (postgres)" for the process that listens on the port, read from /proc (Linux only). */
    static Optional<String> owner(int port) {
        Set<String> inodes = new HashSet<>();
        for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
            try {
                for (String line : Files.readAllLines(Path.of(table))) {
                    String[] f = line.trim().split("\\s+");
                    if (f.length < 10 || !f[3].equals("0A")) { // 0A = LISTEN
                        continue;
                    }
                    String local = f[1];
                    int p = Integer.parseInt(local.substring(local.lastIndexOf(':') + 1), 16);
                    if (p == port) {
                        inodes.add(f[9]);
                    }
                }
            } catch (IOException | RuntimeException e) {
                // not Linux, or not readable
            }
        }
        if (inodes.isEmpty()) {
            return Optional.empty();
        }
        try (DirectoryStream<Path> procs = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
            for (Path proc : procs) {
                try (DirectoryStream<Path> fds = Files.newDirectoryStream(proc.resolve("fd"))) {
                    for (Path fd : fds) {
                        String target = Files.readSymbolicLink(fd).toString();
                        if (target.startsWith("socket:[")
                                && inodes.contains(target.substring(8, target.length() - 1))) {
                            long pid = Long.parseLong(proc.getFileName().toString());
                            return Optional.of("pid " + pid + " (" + describe(pid) + ")");
                        }
                    }
                } catch (IOException | RuntimeException e) {
                    // process gone, or not ours to look at
                }
            }
        } catch (IOException e) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    static String describe(long pid) {
        return ProcessHandle.of(pid).flatMap(h -> h.info().commandLine().or(() -> h.info().command()))
                .map(c -> c.replaceAll("\\s+", " "))
                .map(c -> c.length() > 100 ? c.substring(0, 100) + "…" : c)
                .orElseGet(() -> {
                    try {
                        return Files.readString(Path.of("/proc/" + pid + "/comm")).trim();
                    } catch (IOException e) {
                        return "unknown";
                    }
                });
    }

    static Map<String, Integer> of(Object... nameAndPort) {
        Map<String, Integer> m = new LinkedHashMap<>();
        for (int i = 0; i < nameAndPort.length; i += 2) {
            m.put((String) nameAndPort[i], (Integer) nameAndPort[i + 1]);
        }
        return m;
    }
}
