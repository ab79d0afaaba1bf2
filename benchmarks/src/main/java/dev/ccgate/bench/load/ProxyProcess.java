package dev.ccgate.bench.load;

import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.policy.load.PolicyLoader;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.client.ContentResponse;
import org.eclipse.jetty.client.HttpClient;

/**
 * The proxy under test, run as its own process (as in production, and so that its CPU and memory
 * are its own): {@code ccgate serve} from the CLI jar, or Portkey's gateway under Node. Its output
 * goes to a file in the work directory.
 */
final class ProxyProcess implements AutoCloseable {
  /** USER_HZ: 100 on every Linux architecture the JDK runs on. */
  private static final long CLOCK_TICKS_PER_SECOND = 100;

  private final String name;
  private final Process process;
  private final URI base;
  private final Map<String, String> headers;
  private final boolean jvm;

  private ProxyProcess(
      String name, Process process, URI base, Map<String, String> headers, boolean jvm) {
    this.name = name;
    this.process = process;
    this.base = base;
    this.headers = headers;
    this.jvm = jvm;
  }

  /**
   * Starts {@code java <jvmOptions> -jar <jar> serve} on a free loopback port, in front of {@code
   * upstream}, with a policy whose budgets are far above what a run spends (every request is
   * decided ALLOW and settled: the full path) and {@code developers} virtual keys.
   */
  static ProxyProcess ccgate(
      Path jar, List<String> jvmOptions, URI upstream, Path workDir, int developers)
      throws Exception {
    Path policy = workDir.resolve("policy.yaml");
    Files.writeString(policy, policyYaml(developers));
    LoadResult checked = new PolicyLoader(Map.of()).load(policy);
    if (!checked.ok()) {
      throw new IllegalStateException("bench policy does not load: " + checked.problems());
    }
    Path keys = workDir.resolve("keys.yaml");
    Files.writeString(keys, keysYaml(developers));
    Path state = Files.createDirectories(workDir.resolve("state"));
    int port = freePort();
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.addAll(jvmOptions);
    command.addAll(
        List.of(
            "-jar",
            jar.toString(),
            "serve",
            "--policy",
            policy.toString(),
            "--keys",
            keys.toString(),
            "--state",
            state.toString(),
            "--port",
            Integer.toString(port),
            "--upstream",
            upstream.toString()));
    ProcessBuilder pb = new ProcessBuilder(command);
    pb.environment().put("ANTHROPIC_API_KEY", "sk-ant-fake-upstream-key");
    pb.environment().remove("CCGATE_ADMIN_TOKEN");
    return start("ccgate", pb, workDir, port, Map.of(), true);
  }

  /**
   * Starts Portkey's gateway ({@code node <script> --port=N --headless}: no log console) on a free
   * port. It listens on every interface: run the harness in a network namespace of its own ({@code
   * unshare -rn}). Requests name the provider and the fake's URL in Portkey's headers.
   */
  static ProxyProcess portkey(Path script, URI upstream, Path workDir) throws Exception {
    int port = freePort();
    ProcessBuilder pb =
        new ProcessBuilder("node", script.toString(), "--port=" + port, "--headless");
    Map<String, String> headers =
        Map.of(
            "x-portkey-provider",
            "anthropic",
            "x-portkey-custom-host",
            upstream.resolve("/v1").toString());
    return start("portkey", pb, workDir, port, headers, false);
  }

  private static ProxyProcess start(
      String name,
      ProcessBuilder pb,
      Path workDir,
      int port,
      Map<String, String> headers,
      boolean jvm)
      throws Exception {
    Path out = workDir.resolve(name + ".log");
    pb.redirectErrorStream(true).redirectOutput(out.toFile());
    Process process = pb.start();
    ProxyProcess proxy =
        new ProxyProcess(name, process, URI.create("http://127.0.0.1:" + port), headers, jvm);
    proxy.awaitListening(out);
    return proxy;
  }

  private void awaitListening(Path out) throws Exception {
    HttpClient probe = new HttpClient();
    probe.start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
      while (System.nanoTime() < deadline) {
        if (!process.isAlive()) {
          throw new IllegalStateException(
              name + " exited at start; its output:\n" + Files.readString(out));
        }
        try {
          ContentResponse r =
              probe.newRequest(base.resolve("/")).timeout(2, TimeUnit.SECONDS).send();
          if (r.getStatus() > 0) {
            return;
          }
        } catch (java.util.concurrent.ExecutionException
            | java.util.concurrent.TimeoutException e) {
          Thread.sleep(200);
        }
      }
      throw new IllegalStateException(name + " did not listen within 60 s");
    } finally {
      probe.stop();
    }
  }

  /** The proxy as a target of the load. */
  Target target() {
    return new Target(name, base, headers);
  }

  /** The process id (for jcmd and /proc). */
  long pid() {
    return process.pid();
  }

  /** Resident set size from {@code /proc/<pid>/status}, bytes. */
  long rssBytes() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024;
      }
    }
    throw new IOException("no VmRSS for " + pid());
  }

  /**
   * CPU time the process has used so far (user + system, from {@code /proc/<pid>/stat}),
   * nanoseconds. Unlike latency it hardly changes with what else the machine runs, so CPU per
   * request is the steadiest measure of a proxy's cost on a shared box.
   */
  long cpuNanos() throws IOException {
    String stat = Files.readString(Path.of("/proc/" + pid() + "/stat"));
    // Fields after the command name (which may hold spaces) start after the last ')'.
    String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
    long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
    return ticks * (1_000_000_000L / CLOCK_TICKS_PER_SECOND);
  }

  /**
   * The gateway's own time histogram from its {@code /metrics} page, or null for a proxy that has
   * none (Portkey).
   */
  OwnTime ownTime() throws IOException, InterruptedException {
    if (!jvm) {
      return null;
    }
    java.net.http.HttpResponse<String> page =
        java.net.http.HttpClient.newHttpClient()
            .send(
                java.net.http.HttpRequest.newBuilder(base.resolve("/metrics")).build(),
                java.net.http.HttpResponse.BodyHandlers.ofString());
    return OwnTime.parse(page.body());
  }

  /**
   * Bytes of live Java heap after a full GC ({@code jcmd <pid> GC.class_histogram}: it collects
   * first, then sums every live object); empty for a proxy that is not a JVM.
   */
  OptionalLong liveHeapBytes() throws IOException, InterruptedException {
    if (!jvm) {
      return OptionalLong.empty();
    }
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    Process p =
        new ProcessBuilder(jcmd.toString(), Long.toString(pid()), "GC.class_histogram")
            .redirectErrorStream(true)
            .start();
    String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor(60, TimeUnit.SECONDS);
    for (String line : text.split("\n")) {
      String t = line.strip();
      if (t.startsWith("Total")) {
        String[] parts = t.split("\\s+");
        return OptionalLong.of(Long.parseLong(parts[2]));
      }
    }
    throw new IOException("jcmd printed no Total line:\n" + text);
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(15, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      process.waitFor(5, TimeUnit.SECONDS);
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return s.getLocalPort();
    }
  }

  /**
   * One team holding every bench developer; budgets so large that no stage is reached during a run,
   * so every request takes the full path: decide, forward, meter, settle, log.
   */
  static String policyYaml(int developers) {
    StringBuilder y = new StringBuilder();
    y.append("version: 1\n")
        .append("timezone: UTC\n")
        .append("stages:\n")
        .append("  - {at: 80%, action: alert}\n")
        .append("  - {at: 95%, action: downgrade, steps: 1}\n")
        .append("  - {at: 110%, action: pause}\n")
        .append("org:\n  budget: {monthly: 900000000}\n")
        .append("teams:\n  bench:\n")
        .append("    manager: {name: Bench Lead, alert: log}\n")
        .append("    budget: {daily: 90000000, monthly: 900000000}\n")
        .append("    developers:\n");
    for (int i = 0; i < developers; i++) {
      y.append("      - ").append(BenchRequest.developer(i)).append('\n');
    }
    y.append("developers:\n  default_budget: {daily: 9000000}\n")
        .append("alerts:\n  channels:\n    log: {type: log}\n  fallback: log\n");
    return y.toString();
  }

  static String keysYaml(int developers) throws NoSuchAlgorithmException {
    StringBuilder y = new StringBuilder("developers:\n");
    for (int i = 0; i < developers; i++) {
      byte[] hash =
          MessageDigest.getInstance("SHA-256")
              .digest(BenchRequest.virtualKey(i).getBytes(StandardCharsets.UTF_8));
      y.append("  '")
          .append(BenchRequest.developer(i))
          .append("':\n    keys:\n      - sha256:")
          .append(HexFormat.of().formatHex(hash))
          .append('\n');
    }
    return y.toString();
  }
}
