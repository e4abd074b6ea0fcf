package io.tributary.itests;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The distribution archive unpacked into a folder and driven with its own bin/ scripts, as a user would. */
final class UnpackedDistribution {

    private final Path home;
    final int httpPort = FreePort.next();

    private UnpackedDistribution(Path home) {
        this.home = home;
    }

    static UnpackedDistribution unpack(Path archive, Path into) throws IOException, InterruptedException {
        Files.createDirectories(into);
        run(into, "tar", "xzf", archive.toString());
        try (var entries = Files.list(into)) {
            Path home = entries.filter(Files::isDirectory).findFirst()
                    .orElseThrow(() -> new IllegalStateException(archive + " holds no folder"));
            UnpackedDistribution distribution = new UnpackedDistribution(home);
            distribution.setProperty("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", Integer.toString(distribution.httpPort));
            distribution.setProperty("etc/org.apache.karaf.shell.cfg", "sshPort", Integer.toString(FreePort.next()));
            return distribution;
        }
    }

    /** Replaces an active or commented-out {@code key = value} line in an etc/ file, or appends one. */
    void setProperty(String file, String key, String value) throws IOException {
        Path path = home.resolve(file);
        String text = Files.readString(path);
        Pattern line = Pattern.compile("(?m)^#?\\s*" + Pattern.quote(key) + "\\s*[=:].*$");
        Matcher matcher = line.matcher(text);
        String replacement = Matcher.quoteReplacement(key + " = " + value);
        text = matcher.find() ? matcher.replaceFirst(replacement) : text + System.lineSeparator() + key + " = " + value;
        Files.writeString(path, text);
    }

    void removeProperty(String file, String key) throws IOException {
        Path path = home.resolve(file);
        Files.writeString(path, Files.readString(path)
                .replaceAll("(?m)^\\s*" + Pattern.quote(key) + "\\s*[=:].*$", "# removed by test: " + key));
    }

    void start() throws IOException, InterruptedException {
        start(Map.of());
    }

    /** Starts with extra environment variables, e.g. TRIBUTARY_ADMIN_PASSWORD. */
    void start(Map<String, String> environment) throws IOException, InterruptedException {
        run(home, environment, "bin/start");
    }

    void stop() throws IOException, InterruptedException {
        run(home, "bin/stop");
    }

    boolean isRunning() {
        return pid().flatMap(ProcessHandle::of).map(ProcessHandle::isAlive).orElse(false);
    }

    /** Last resort for a failed test: the runtime must not outlive it. */
    void kill() {
        pid().flatMap(ProcessHandle::of).ifPresent(ProcessHandle::destroyForcibly);
    }

    Path home() {
        return home;
    }

    private Optional<Long> pid() {
        Path pidFile = home.resolve("karaf.pid");
        try {
            return Files.exists(pidFile) ? Optional.of(Long.parseLong(Files.readString(pidFile).trim())) : Optional.empty();
        } catch (IOException | NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static void run(Path directory, String... command) throws IOException, InterruptedException {
        run(directory, Map.of(), command);
    }

    private static void run(Path directory, Map<String, String> environment, String... command)
            throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(List.of(command)).directory(directory.toFile())
                .redirectErrorStream(true).redirectOutput(directory.resolve("command.log").toFile());
        builder.environment().putAll(environment);
        Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " failed in " + directory
                    + ": " + Files.readString(directory.resolve("command.log")));
        }
    }
}
