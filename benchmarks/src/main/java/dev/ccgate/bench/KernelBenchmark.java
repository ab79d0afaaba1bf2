package dev.ccgate.bench;

import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Kernel;
import dev.ccgate.kernel.Ledger;
import dev.ccgate.kernel.Request;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.policy.Policy;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * decide + settle throughput on one core: the starter policy's stages and budgets for 200
 * developers in 5 teams, plus one CEL rule, over a realistic event mix (Opus-heavy, growing
 * contexts with cache reads, subagent Haiku calls). Time advances through the events so wallets
 * cross stages, downgrade, pause and reset at midnight as they would in a month of traffic.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
@Threads(1)
@State(Scope.Thread)
public class KernelBenchmark {
  private static final int EVENTS = 1 << 20;

  private Kernel kernel;
  private Ledger ledger;
  private Request[] requests;
  private Usage[] usages;
  private long clockOffsetSeconds;
  private int next;

  /** Builds the policy and a million events once per trial. */
  @Setup
  public void setUp() {
    Policy policy = BenchmarkPolicy.load();
    kernel = new Kernel(policy);
    ledger = new Ledger();
    SplittableRandom random = new SplittableRandom(7);
    requests = new Request[EVENTS];
    usages = new Usage[EVENTS];
    Instant t = Instant.parse("2026-11-01T00:00:00Z");
    String[] models = {"claude-opus-4-5", "claude-sonnet-4-5", "claude-haiku-4-5"};
    for (int i = 0; i < EVENTS; i++) {
      t = t.plusMillis(random.nextInt(5_000)); // ~1M events over ~30 days
      int roll = random.nextInt(100);
      String model = models[roll < 55 ? 0 : roll < 85 ? 1 : 2];
      long read = random.nextInt(180_000);
      long write = random.nextInt(8_000);
      long input = 1 + random.nextInt(50);
      Usage usage =
          new Usage(input, 100 + random.nextInt(3_000), 0, write, read, Speed.STANDARD, "", 0);
      String developer = BenchmarkPolicy.developer(random.nextInt(BenchmarkPolicy.DEVELOPERS));
      requests[i] =
          new Request(
              "req_" + i,
              "session-" + (i / 40),
              t,
              developer,
              null,
              model,
              usage.promptTokens(),
              32_000,
              true);
      usages[i] = usage;
    }
  }

  /** One decide and one settle. */
  @Benchmark
  public Settlement decideAndSettle() {
    int i = next++;
    if (next == EVENTS) {
      next = 0;
      // Keep time moving forward when the events wrap around: 40 days later, fresh periods.
      clockOffsetSeconds += 40L * 86_400;
    }
    Request r = requests[i];
    if (clockOffsetSeconds != 0) {
      r =
          new Request(
              r.requestId(),
              r.sessionId(),
              r.time().plusSeconds(clockOffsetSeconds),
              r.developer(),
              r.teamHint(),
              r.model(),
              r.inputTokens(),
              r.maxTokens(),
              r.stream());
    }
    Decision d = kernel.decide(ledger, r);
    return kernel.settle(ledger, d, usages[i], r.time());
  }
}
