package dev.ccgate.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ccgate serve} started as its own process, the way a user runs it: same class path as the
 * test, port 0, and the first line of stdout read for the URL it bound. Closing it kills the
 * process, so a failed assertion never leaves a gateway behind.
 *
 * @param process the running JVM
 * @param uri the loopback URL the gateway printed
 * @param restored how many decision-log requests it restored on start
 * @param stderr where its stderr goes
 */
record ServeProcess(Process process, URI uri, long restored, Path stderr) implements AutoCloseable {
  private static final Pattern SERVING =
      Pattern.compile("ccgate serving (http://127\\.0\\.0\\.1:\\d+) -> .*");
  private static final Pattern RESTORED = Pattern.compile(" (\\d+) requests restored");

  /**
   * Starts the gateway for a test that never reaches upstream (its upstream is a closed port), with
   * its state in {@code dir/state} and stderr in {@code dir/stderr.txt}.
   */
  static ServeProcess offline(Path dir, Path policy, Path keys, Map<String, String> env)
      throws IOException {
    return start(
        policy, keys, dir.resolve("state"), "http://127.0.0.1:9", dir.resolve("stderr.txt"), env);
  }

  /**
   * Starts {@code ccgate serve --policy P --keys K --state S --port 0 --upstream U} plus {@code
   * extraArgs}, with {@code env} added to the environment, and waits for its first line.
   */
  static ServeProcess start(
      Path policy,
      Path keys,
      Path state,
      String upstream,
      Path stderr,
      Map<String, String> env,
      String... extraArgs)
      throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command =
        new ArrayList<>(
            List.of(
                java,
                "-cp",
                System.getProperty("java.class.path"),
                Main.class.getName(),
                "serve",
                "--policy",
                policy.toString(),
                "--keys",
                keys.toString(),
                "--state",
                state.toString(),
                "--port",
                "0",
                "--upstream",
                upstream));
    command.addAll(List.of(extraArgs));
    ProcessBuilder pb = new ProcessBuilder(command).redirectError(stderr.toFile());
    pb.environment().putAll(env);
    Process process = pb.start();
    BufferedReader out =
        new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
    // Bounded: a serve that stalls before printing must fail the test, not hang the build.
    String line;
    try {
      line =
          String.valueOf(
              CompletableFuture.supplyAsync(() -> readLine(out)).get(60, TimeUnit.SECONDS));
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      throw new AssertionError(
          "serve printed no first line: " + e + " / " + Files.readString(stderr), e);
    }
    Matcher serving = SERVING.matcher(line);
    if (!serving.matches()) {
      process.destroyForcibly();
      throw new AssertionError("serve did not start: " + line + " / " + Files.readString(stderr));
    }
    Matcher restored = RESTORED.matcher(line);
    return new ServeProcess(
        process,
        URI.create(serving.group(1)),
        restored.find() ? Long.parseLong(restored.group(1)) : -1,
        stderr);
  }

  private static String readLine(BufferedReader out) {
    try {
      return out.readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    process.destroyForcibly();
  }
}
