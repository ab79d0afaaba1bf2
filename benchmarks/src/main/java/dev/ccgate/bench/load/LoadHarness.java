package dev.ccgate.bench.load;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalLong;

/**
 * The gateway load harness. Starts the fake Anthropic API and the proxy under test on loopback,
 * then runs, each with direct and proxied requests interleaved: open-loop non-streaming load at
 * each rate, many concurrent SSE streams (with the proxy's heap and RSS measured idle and with all
 * streams open), and a closed-loop saturation run. Prints Markdown tables.
 *
 * <pre>
 * java -cp benchmarks/target/benchmarks.jar dev.ccgate.bench.load.LoadHarness --proxy ccgate
 * java -cp benchmarks/target/benchmarks.jar dev.ccgate.bench.load.LoadHarness --proxy portkey \
 *     --portkey-script /tmp/portkey/node_modules/@portkey-ai/gateway/build/start-server.js
 * </pre>
 */
public final class LoadHarness {
  private LoadHarness() {}

  /** Runs the harness; see {@link Options} for the flags. */
  public static void main(String[] args) throws Exception {
    Options o = Options.parse(args);
    Files.createDirectories(o.work);
    out("# ccgate load harness: " + o.proxy + ", " + Instant.now().truncatedTo(ChronoUnit.SECONDS));
    out("loadavg at start: " + loadavg());
    out(
        "body "
            + BenchRequest.body(o.bodyBytes, false).length
            + " B, "
            + o.developers
            + " developers' keys, each leg at the stated rate; latencies in ms");
    try (FakeAnthropic fake = new FakeAnthropic();
        LoadClient client = new LoadClient(o.developers);
        ProxyProcess proxy = startProxy(o, fake)) {
      Target direct = new Target("direct", fake.uri(), Map.of());
      Target via = proxy.target();
      byte[] body = BenchRequest.body(o.bodyBytes, false);
      checkOne(client, via, body, 10);
      if (o.phases.contains("open")) {
        openLoop(o, client, direct, via, body, proxy);
      }
      if (o.phases.contains("closed")) {
        closedLoop(o, client, direct, via, body, proxy);
      }
      if (o.phases.contains("streams")) {
        streams(o, fake, client, direct, via, proxy);
      }
      out("loadavg at end: " + loadavg());
    }
  }

  private static ProxyProcess startProxy(Options o, FakeAnthropic fake) throws Exception {
    return switch (o.proxy) {
      case "ccgate" ->
          ProxyProcess.ccgate(o.ccgateJar, o.jvmOptions, fake.uri(), o.work, o.developers);
      case "portkey" -> ProxyProcess.portkey(o.portkeyScript, fake.uri(), o.work);
      default -> throw new IllegalArgumentException("--proxy is ccgate or portkey");
    };
  }

  /** One proxied request must come back whole before any load is sent. */
  private static void checkOne(LoadClient client, Target via, byte[] body, int timeoutSeconds)
      throws Exception {
    java.util.concurrent.CompletableFuture<Integer> status =
        new java.util.concurrent.CompletableFuture<>();
    client.send(via, body, 0, timeoutSeconds, (nanos, ok, s) -> status.complete(ok ? 200 : -s));
    int s = status.get();
    if (s != 200) {
      throw new IllegalStateException(via.name() + " answered status " + (-s) + " to a check");
    }
  }

  private static void openLoop(
      Options o, LoadClient client, Target direct, Target via, byte[] body, ProxyProcess proxy)
      throws Exception {
    out("");
    out(
        "## Non-streaming, open loop, "
            + o.seconds
            + " s per rate (after warm-up"
            + (o.stepWarmupSeconds > 0
                ? ", each after " + o.stepWarmupSeconds + " s at its rate"
                : "")
            + ")");
    warmUp(o, client, direct, via, body, proxy);
    out("");
    out(
        "| rate/s | leg | ok | failed | dropped | p50 | p90 | p99 | p99.9 | max |"
            + " throughput/s | proxy CPU µs/req |");
    out("|---|---|---|---|---|---|---|---|---|---|---|---|");
    for (int rate : o.rates) {
      if (o.stepWarmupSeconds > 0) {
        // The JIT compiles for the traffic it saw: code compiled under a saturating warm-up meets
        // other branches at 100/s (deoptimization, then C2 recompiling for seconds). So each step
        // is first run unrecorded at its own rate, as JMH warms up with the measured workload.
        OpenLoop.run(client, direct, via, body, rate, rate * o.stepWarmupSeconds, o.maxInFlight);
      }
      String load = loadavg();
      long cpuBefore = proxy.cpuNanos();
      OwnTime ownBefore = proxy.ownTime();
      OpenLoop.Run run =
          OpenLoop.run(client, direct, via, body, rate, rate * o.seconds, o.maxInFlight);
      long cpu = proxy.cpuNanos() - cpuBefore;
      OwnTime own = ownBefore == null ? null : proxy.ownTime().since(ownBefore);
      Latencies d = Latencies.of(run.direct());
      Latencies v = Latencies.of(run.via());
      if (o.dump != null) {
        dump(o.dump.resolve("open-" + rate + "-" + (++dumped) + ".csv"), run);
      }
      out(row(rate, "direct", d, run, run.direct(), "", ""));
      out(
          row(
              rate,
              via.name(),
              v,
              run,
              run.via(),
              String.format(Locale.ROOT, "%.0f", run.viaThroughput()),
              String.format(Locale.ROOT, "%.0f", cpu / 1e3 / Math.max(1, v.count()))));
      out(
          String.format(
              Locale.ROOT,
              "| %d | **added** | | | | **%s** | %s | **%s** | %s | %s | median of pair"
                  + " differences %s; send lag max %s; loadavg %s | |",
              rate,
              Latencies.ms(v.at(50) - d.at(50)),
              Latencies.ms(v.at(90) - d.at(90)),
              Latencies.ms(v.at(99) - d.at(99)),
              Latencies.ms(v.at(99.9) - d.at(99.9)),
              Latencies.ms(v.max() - d.max()),
              Latencies.ms(Latencies.medianOfDifferences(run.direct(), run.via())),
              Latencies.ms(run.sendLagMaxNanos()),
              load));
      if (own != null) {
        out(
            String.format(
                Locale.ROOT,
                "| %d | own time | %d | | | %s | %s | %s | %s | | its overhead histogram (bucket"
                    + " bounds, ms): %s of requests within 1 ms | |",
                rate,
                own.count(),
                own.quantile(0.50),
                own.quantile(0.90),
                own.quantile(0.99),
                own.quantile(0.999),
                own.shareWithin("1")));
      }
    }
  }

  private static int dumped;

  /**
   * Every pair of a step, to see when the slow ones came (and line them up with a GC log): pair,
   * its due time in ms from the step's start, then each leg's latency in ms (-1 failed, -2
   * dropped).
   */
  private static void dump(Path file, OpenLoop.Run run) throws java.io.IOException {
    Files.createDirectories(file.getParent());
    StringBuilder csv = new StringBuilder("pair,due_ms,direct_ms,via_ms\n");
    for (int i = 0; i < run.direct().length; i++) {
      csv.append(i)
          .append(',')
          .append(String.format(Locale.ROOT, "%.3f", i * 1e3 / run.rate()))
          .append(',')
          .append(msOrMarker(run.direct()[i]))
          .append(',')
          .append(msOrMarker(run.via()[i]))
          .append('\n');
    }
    Files.writeString(file, csv);
  }

  private static String msOrMarker(long nanos) {
    return nanos < 0 ? Long.toString(nanos) : String.format(Locale.ROOT, "%.3f", nanos / 1e6);
  }

  /**
   * The warm-up before the open-loop steps, the same for every proxy. {@code closed} (the default):
   * closed-loop rounds until the proxy's CPU per request settles ({@link WarmUp}); {@code open}:
   * the earlier warm-up, open loop at the highest rate (at most 2,000/s) for {@code
   * --warmup-seconds}; {@code --warmup-seconds 0}: none, to measure a cold proxy.
   */
  private static void warmUp(
      Options o, LoadClient client, Target direct, Target via, byte[] body, ProxyProcess proxy)
      throws Exception {
    if (o.warmupSeconds <= 0) {
      out("no warm-up (cold)");
      return;
    }
    if ("open".equals(o.warmupMode)) {
      int warmRate = Math.min(2_000, o.rates.stream().mapToInt(Integer::intValue).max().orElse(1));
      long cpuBefore = proxy.cpuNanos();
      OpenLoop.Run run =
          OpenLoop.run(
              client, direct, via, body, warmRate, warmRate * o.warmupSeconds, o.maxInFlight);
      out(
          String.format(
              Locale.ROOT,
              "warm-up: open loop, %d/s for %d s; proxy CPU %.0f µs/req",
              warmRate,
              o.warmupSeconds,
              (proxy.cpuNanos() - cpuBefore) / 1e3 / Math.max(1, Latencies.of(run.via()).count())));
      return;
    }
    List<WarmUp.Round> rounds =
        WarmUp.run(
            client,
            direct,
            via,
            body,
            proxy,
            o.warmupConcurrency,
            o.warmupRoundSeconds,
            o.warmupRequests,
            o.warmupSeconds);
    StringBuilder line =
        new StringBuilder(
            String.format(
                Locale.ROOT,
                "warm-up: closed loop, %d outstanding, %d s rounds until %d answered and CPU"
                    + " settled (ok/s, proxy CPU µs/req):",
                o.warmupConcurrency,
                o.warmupRoundSeconds,
                o.warmupRequests));
    for (WarmUp.Round r : rounds) {
      line.append(
          String.format(Locale.ROOT, " %.0f/s %.0f µs;", r.perSecond(), r.cpuMicrosPerRequest()));
    }
    int quiet = WarmUp.awaitQuiet(proxy, o.quietSeconds);
    line.append(
        quiet < 0
            ? " not quiet after " + o.quietSeconds + " s idle"
            : " quiet (< 2 % of a core) after " + quiet + " s idle");
    out(line.toString());
  }

  private static String row(
      int rate,
      String leg,
      Latencies l,
      OpenLoop.Run run,
      long[] lat,
      String throughput,
      String cpu) {
    return String.format(
        Locale.ROOT,
        "| %d | %s | %d | %d | %d | %s | %s | %s | %s | %s | %s | %s |",
        rate,
        leg,
        l.count(),
        run.count(lat, OpenLoop.FAILED),
        run.count(lat, OpenLoop.DROPPED),
        Latencies.ms(l.at(50)),
        Latencies.ms(l.at(90)),
        Latencies.ms(l.at(99)),
        Latencies.ms(l.at(99.9)),
        Latencies.ms(l.max()),
        throughput,
        cpu);
  }

  private static void closedLoop(
      Options o, LoadClient client, Target direct, Target via, byte[] body, ProxyProcess proxy)
      throws Exception {
    out("");
    out(
        "## Saturation, closed loop: "
            + o.closedConcurrency
            + " requests always outstanding, "
            + o.closedSeconds
            + " s per target");
    out("");
    out("| target | ok/s | ok | failed | proxy CPU µs/req | loadavg |");
    out("|---|---|---|---|---|---|");
    for (Target t : List.of(direct, via)) {
      String load = loadavg();
      long cpuBefore = proxy.cpuNanos();
      ClosedLoop.Run r = ClosedLoop.run(client, t, body, o.closedConcurrency, o.closedSeconds);
      long cpu = proxy.cpuNanos() - cpuBefore;
      out(
          String.format(
              Locale.ROOT,
              "| %s | %.0f | %d | %d | %s | %s |",
              t.name(),
              r.perSecond(),
              r.ok(),
              r.failed(),
              t == via ? String.format(Locale.ROOT, "%.0f", cpu / 1e3 / Math.max(1, r.ok())) : "",
              load));
    }
  }

  private static void streams(
      Options o,
      FakeAnthropic fake,
      LoadClient client,
      Target direct,
      Target via,
      ProxyProcess proxy)
      throws Exception {
    byte[] body = BenchRequest.body(o.bodyBytes, true);
    // Warm the streaming path (JIT, pools) with short streams first, as the open-loop phase does.
    fake.streamShape(2, 10);
    for (int round = 0; round < 3; round++) {
      StreamLoad.run(client, direct, via, body, Math.min(300, o.streams), 1_000, () -> {});
    }
    fake.streamShape(o.streamDeltas, o.streamIntervalMillis);
    // A whole stream takes deltas x interval: the check waits for all of it.
    checkOne(client, via, body, (int) (o.streamDeltas * o.streamIntervalMillis / 1000) + 30);
    Thread.sleep(1_000);
    OptionalLong heapIdle = proxy.liveHeapBytes();
    long rssIdle = proxy.rssBytes();
    long[] heapOpen = {-1};
    long[] rssOpen = {-1};
    int[] openAtMeasure = {0};
    String load = loadavg();
    StreamLoad.Leg[] legs =
        StreamLoad.run(
            client,
            direct,
            via,
            body,
            o.streams,
            o.streamRampMillis,
            () -> {
              heapOpen[0] = proxy.liveHeapBytes().orElse(-1);
              rssOpen[0] = proxy.rssBytes();
              openAtMeasure[0] = o.streams; // every stream had started and none can have ended yet
            });
    Thread.sleep(1_000);
    OptionalLong heapAfter = proxy.liveHeapBytes();
    int expected = 3 + o.streamDeltas + 3;
    long stallLimit = 5 * o.streamIntervalMillis * 1_000_000L;
    out("");
    out(
        "## "
            + o.streams
            + " concurrent SSE streams per leg ("
            + o.streamDeltas
            + " deltas "
            + o.streamIntervalMillis
            + " ms apart, opened over "
            + o.streamRampMillis
            + " ms; loadavg "
            + load
            + ")");
    out("");
    out(
        "| leg | whole | stalled (gap > "
            + (stallLimit / 1_000_000)
            + " ms) | first event p50 | p90 | p99 | max | total p50 | total max |");
    out("|---|---|---|---|---|---|---|---|---|");
    String[] names = {"direct", via.name()};
    Latencies[] first = new Latencies[2];
    for (int i = 0; i < 2; i++) {
      StreamLoad.Leg leg = legs[i];
      first[i] = Latencies.of(leg.firstEvent);
      Latencies total = Latencies.of(leg.total);
      out(
          String.format(
              Locale.ROOT,
              "| %s | %d / %d | %d | %s | %s | %s | %s | %s | %s |",
              names[i],
              leg.whole(expected),
              o.streams,
              leg.stalled(stallLimit),
              Latencies.ms(first[i].at(50)),
              Latencies.ms(first[i].at(90)),
              Latencies.ms(first[i].at(99)),
              Latencies.ms(first[i].max()),
              Latencies.ms(total.at(50)),
              Latencies.ms(total.max())));
    }
    out(
        String.format(
            Locale.ROOT,
            "| **added** | | | **%s** | %s | **%s** | %s | | |",
            Latencies.ms(first[1].at(50) - first[0].at(50)),
            Latencies.ms(first[1].at(90) - first[0].at(90)),
            Latencies.ms(first[1].at(99) - first[0].at(99)),
            Latencies.ms(first[1].max() - first[0].max())));
    out("");
    out(
        String.format(
            Locale.ROOT,
            "%s memory: RSS idle %.1f MB, with %d streams open %.1f MB: %.1f KB per stream.",
            via.name(),
            rssIdle / 1e6,
            openAtMeasure[0],
            rssOpen[0] / 1e6,
            (rssOpen[0] - rssIdle) / 1024.0 / Math.max(1, openAtMeasure[0])));
    if (heapIdle.isPresent() && heapOpen[0] >= 0) {
      out(
          String.format(
              Locale.ROOT,
              "%s live heap after a full GC: idle %.2f MB, with %d streams open %.2f MB: %.1f KB"
                  + " per stream; after they ended %.2f MB.",
              via.name(),
              heapIdle.getAsLong() / 1e6,
              openAtMeasure[0],
              heapOpen[0] / 1e6,
              (heapOpen[0] - heapIdle.getAsLong()) / 1024.0 / Math.max(1, openAtMeasure[0]),
              heapAfter.orElse(-1) / 1e6));
    }
  }

  private static String loadavg() {
    try {
      String[] f = Files.readString(Path.of("/proc/loadavg")).trim().split("\\s+");
      return f[0] + " " + f[1] + " " + f[2];
    } catch (java.io.IOException e) {
      return "?";
    }
  }

  private static void out(String line) {
    System.out.println(line);
    System.out.flush();
  }

  /** The harness's flags ({@code --name value}). */
  static final class Options {
    String proxy = "ccgate";
    Path ccgateJar = Path.of("cli/target/ccgate.jar");
    List<String> jvmOptions = new ArrayList<>();
    Path portkeyScript =
        Path.of("/tmp/portkey/node_modules/@portkey-ai/gateway/build/start-server.js");
    Path work = Path.of(System.getProperty("java.io.tmpdir"), "ccgate-load");
    List<Integer> rates = List.of(500, 1_000, 2_000, 5_000);
    Path dump; // where each open-loop step's pairs are written as CSV; none when null
    List<String> phases = List.of("open", "closed", "streams");
    int seconds = 20;
    // The warm-up's limit: closed-loop rounds stop earlier, once enough requests were answered and
    // the proxy's CPU per request settled.
    int warmupSeconds = 90;
    long warmupRequests = 50_000;
    int quietSeconds = 60; // after the warm-up rounds, wait at most this long for an idle proxy
    // Each step first runs unrecorded at its own rate this long. Without it the first second of a
    // step measured the switch from the closed-loop warm-up, on both legs alike (direct median
    // 19.6 ms in its first 100 ms: the harness's own JIT and a metaspace-triggered GC cycle), and
    // those 1-2 seconds held most of the step's p99 (docs/BENCHMARKS.md, 2026-11-30, fourth
    // session). 0 measures from the switch, as before.
    int stepWarmupSeconds = 5;
    String warmupMode = "closed";
    int warmupConcurrency = 4;
    int warmupRoundSeconds = 5;
    int maxInFlight = 2_000;
    int bodyBytes = 6_000;
    int developers = 50;
    int closedConcurrency = 32;
    int closedSeconds = 10;
    int streams = 1_000;
    int streamDeltas = 20;
    long streamIntervalMillis = 1_000;
    // Claude Code opens a stream per turn, not a thousand at once: 100 new streams a second per
    // leg keeps the measure about each stream rather than about a connection storm.
    long streamRampMillis = 10_000;

    static Options parse(String[] args) {
      Options o = new Options();
      for (int i = 0; i < args.length; i += 2) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(args[i] + " needs a value");
        }
        String v = args[i + 1];
        switch (args[i]) {
          case "--proxy" -> o.proxy = v;
          case "--ccgate-jar" -> o.ccgateJar = Path.of(v);
          case "--jvm-options" -> o.jvmOptions = List.of(v.trim().split("\\s+"));
          case "--portkey-script" -> o.portkeyScript = Path.of(v);
          case "--work" -> o.work = Path.of(v);
          case "--dump" -> o.dump = Path.of(v);
          case "--rates" -> o.rates = Arrays.stream(v.split(",")).map(Integer::valueOf).toList();
          case "--phases" -> o.phases = List.of(v.split(","));
          case "--seconds" -> o.seconds = Integer.parseInt(v);
          case "--warmup-seconds" -> o.warmupSeconds = Integer.parseInt(v);
          case "--warmup" -> o.warmupMode = v;
          case "--warmup-concurrency" -> o.warmupConcurrency = Integer.parseInt(v);
          case "--warmup-round-seconds" -> o.warmupRoundSeconds = Integer.parseInt(v);
          case "--warmup-requests" -> o.warmupRequests = Long.parseLong(v);
          case "--quiet-seconds" -> o.quietSeconds = Integer.parseInt(v);
          case "--step-warmup-seconds" -> o.stepWarmupSeconds = Integer.parseInt(v);
          case "--max-in-flight" -> o.maxInFlight = Integer.parseInt(v);
          case "--body-bytes" -> o.bodyBytes = Integer.parseInt(v);
          case "--developers" -> o.developers = Integer.parseInt(v);
          case "--closed-concurrency" -> o.closedConcurrency = Integer.parseInt(v);
          case "--closed-seconds" -> o.closedSeconds = Integer.parseInt(v);
          case "--streams" -> o.streams = Integer.parseInt(v);
          case "--stream-deltas" -> o.streamDeltas = Integer.parseInt(v);
          case "--stream-interval-ms" -> o.streamIntervalMillis = Long.parseLong(v);
          case "--stream-ramp-ms" -> o.streamRampMillis = Long.parseLong(v);
          default -> throw new IllegalArgumentException("unknown flag " + args[i]);
        }
      }
      if (!List.of("open", "closed").contains(o.warmupMode)) {
        throw new IllegalArgumentException("--warmup is open or closed");
      }
      return o;
    }
  }
}
