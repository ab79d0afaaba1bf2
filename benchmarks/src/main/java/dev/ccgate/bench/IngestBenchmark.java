package dev.ccgate.bench;

import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.progress.Progress;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Load throughput as {@code ccgate simulate --db} and {@code ccgate report --db} run it: find the
 * files, read and parse them, append the rows, deduplicate, write the manifest. MB/s is input bytes
 * (as stored, so compressed bytes for {@code .gz}) over the load's wall time. Each run loads into
 * {@code DB} afresh (the file is deleted first), and the last run's database is kept, so {@code
 * ccgate simulate|report --traces TRACES --db DB} can then be timed from it.
 *
 * <p>{@code java -cp benchmarks/target/benchmarks.jar dev.ccgate.bench.IngestBenchmark TRACES DB
 * [RUNS]}; see {@code docs/BENCHMARKS.md}.
 */
public final class IngestBenchmark {
  private IngestBenchmark() {}

  /** Runs the benchmark. */
  public static void main(String[] args) throws Exception {
    if (args.length < 2) {
      System.err.println("usage: IngestBenchmark TRACES DB [RUNS]");
      System.exit(2);
    }
    Path traces = Path.of(args[0]);
    Path db = Path.of(args[1]);
    int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
    long bytes = bytes(traces);
    for (int run = 1; run <= runs; run++) {
      Files.deleteIfExists(db);
      Files.deleteIfExists(Path.of(db + ".wal"));
      long t0 = System.nanoTime();
      LoadReport r;
      try (LoadedTraces t =
          new TraceLoader()
              .load(new LoadOptions(List.of(traces), null, null, false, db, Progress.NONE))) {
        r = t.report();
      }
      double s = (System.nanoTime() - t0) / 1e9;
      System.out.printf(
          Locale.ROOT,
          "run %d: %,d bytes, %,d lines, %,d rows, %,d requests in %.2f s = %.0f MB/s%n",
          run,
          bytes,
          r.linesRead(),
          r.rowsRead(),
          r.requests(),
          s,
          bytes / s / 1e6);
    }
  }

  private static long bytes(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile)
          .mapToLong(
              p -> {
                try {
                  return Files.size(p);
                } catch (IOException e) {
                  throw new java.io.UncheckedIOException(e);
                }
              })
          .sum();
    }
  }
}
