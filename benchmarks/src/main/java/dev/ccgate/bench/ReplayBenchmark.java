package dev.ccgate.bench;

import dev.ccgate.kernel.Kernel;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.replay.BackgroundSink;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.replay.Replay;
import dev.ccgate.simulator.simulate.ReportFilter;
import dev.ccgate.simulator.simulate.SimulationAggregator;
import dev.ccgate.simulator.simulate.SimulationTotals;
import dev.ccgate.simulator.store.RequestBatches;
import dev.ccgate.simulator.store.RequestFilter;
import dev.ccgate.simulator.store.RequestStore;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * Replay throughput from a loaded {@code --db}, phase by phase, as {@code ccgate simulate} runs it:
 * open the database, prepare the batches (string dictionaries and DuckDB's sort into replay order),
 * replay every request through the kernel into the aggregates, sort the results. Not JMH: one
 * replay is millions of requests and seconds long, so wall time over whole runs is the measure.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ccgate.bench.ReplayBenchmark POLICY DB
 * [RUNS]}; see {@code docs/BENCHMARKS.md}.
 */
public final class ReplayBenchmark {
  private ReplayBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: ReplayBenchmark POLICY DB [RUNS]");
      System.exit(2);
    }
    Policy policy = new PolicyLoader(System.getenv()).load(Path.of(args[0])).orThrow();
    Path db = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int run = 1; run <= runs; run++) {
      long t0 = System.nanoTime();
      long cpu0 = threads.getCurrentThreadCpuTime();
      try (RequestStore store = RequestStore.open(db);
          RequestBatches batches = store.batches(RequestFilter.ALL, false)) {
        long t1 = System.nanoTime();
        SimulationAggregator aggregates =
            new SimulationAggregator(
                new ReportFilter(null, null, List.of(), List.of(), policy.timezone()),
                policy,
                false);
        long n;
        // As SimulateService runs it: the aggregates are summed on a second thread.
        try (BackgroundSink summed = new BackgroundSink(aggregates)) {
          n =
              new Replay(new Kernel(policy), CacheModel.SESSION)
                  .run(batches, summed, Progress.NONE, 0);
        }
        long t2 = System.nanoTime();
        SimulationTotals totals = aggregates.results().totals();
        long t3 = System.nanoTime();
        double prepare = (t1 - t0) / 1e9;
        double replay = (t2 - t1) / 1e9;
        double results = (t3 - t2) / 1e9;
        double all = (t3 - t0) / 1e9;
        System.out.printf(
            Locale.ROOT,
            "run %d: %,d requests; open+prepare %.2f s, replay %.2f s (%,.0f/s), results %.2f s;"
                + " total %.2f s = %,.0f requests/s; main-thread CPU %.2f s;"
                + " sessions %,d, paused %,d, downgraded %,d, alerts %,d%n",
            run,
            n,
            prepare,
            replay,
            n / replay,
            results,
            all,
            n / all,
            (threads.getCurrentThreadCpuTime() - cpu0) / 1e9,
            totals.sessions(),
            totals.requestsPaused(),
            totals.requestsDowngraded(),
            totals.alerts());
      }
    }
    long peakHeap = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peakHeap += pool.getPeakUsage().getUsed();
      }
    }
    System.out.printf(
        Locale.ROOT,
        "peak heap %,d MB (sum of heap pools' peaks), peak RSS %s%n",
        peakHeap >> 20,
        peakRss());
  }

  private static String peakRss() throws IOException {
    Path status = Path.of("/proc/self/status");
    if (!Files.exists(status)) {
      return "n/a";
    }
    for (String line : Files.readAllLines(status)) {
      if (line.startsWith("VmHWM:")) {
        return line.substring(6).trim();
      }
    }
    return "n/a";
  }
}
