package dev.ccgate.simulator.report;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import dev.ccgate.simulator.load.FileResult;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.ModelCount;
import dev.ccgate.simulator.load.ReaderPool;
import dev.ccgate.simulator.load.Rejection;
import dev.ccgate.simulator.load.TraceDiscovery;
import dev.ccgate.simulator.store.RequestFilter;
import dev.ccgate.simulator.store.TraceRequest;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code ccgate report} without a database, for a report with no {@code --db} to keep: the readers
 * run on all cores as for a load, but their rows stay in memory, are deduplicated there ({@link
 * InMemoryDeduplication}) and summed straight away. A one-off report of one developer's tree is
 * what people compare with ccusage; going through DuckDB (append every row, deduplicate in SQL,
 * read every request back through JDBC) cost it about twice the CPU of parsing alone. The result is
 * the same report, byte for byte, as through the store ({@code DirectReportTest}).
 *
 * <p>It holds every request of the traces in memory, so it is used up to {@link #MAX_BYTES} of
 * trace files; above that the store's load (which DuckDB compresses) is the safer path.
 */
public final class DirectReport {
  /** The largest total trace size reported in memory. */
  public static final long MAX_BYTES = 1L << 30;

  // A gzipped trace is read whole and decompressed, so it counts as what it expands to; JSON lines
  // compress about tenfold, and overestimating only sends a report through DuckDB.
  private static final long GZIP_EXPANSION = 10;

  private final int threads;

  /** A direct report reading with {@code threads} threads. */
  public DirectReport(int threads) {
    this.threads = Math.max(1, threads);
  }

  /** True when {@code found} is small enough to report in memory. */
  public static boolean fits(TraceDiscovery.Found found) {
    long bytes = 0;
    for (TraceFile f : found.files()) {
      bytes += f.path().toString().endsWith(".gz") ? f.size() * GZIP_EXPANSION : f.size();
    }
    return bytes <= MAX_BYTES;
  }

  /** The load accounting and the report rows of {@code query} over the files {@code found}. */
  public Result report(
      ReportQuery query, TraceDiscovery.Found found, PriceTable prices, TeamDirectory directory)
      throws IOException {
    LoadOptions options = query.load();
    Read read = readAll(options, found);
    List<LoadedRow> kept = read.rows.kept();
    List<TraceRequest> requests = new ArrayList<>(kept.size());
    for (LoadedRow r : kept) {
      requests.add(request(r));
    }
    long first = Long.MAX_VALUE;
    long last = Long.MIN_VALUE;
    for (LoadedRow r : kept) {
      first = Math.min(first, r.row().timeMicros());
      last = Math.max(last, r.row().timeMicros());
    }
    LoadReport load =
        new LoadReport(
            options.traces().stream().map(p -> p.toString().replace('\\', '/')).toList(),
            ReaderPool.filesByFormat(found.files()),
            found.skipped(),
            read.lines,
            read.rows.rows(),
            read.rows.rows() - kept.size(),
            kept.size(),
            read.rejected,
            read.shown,
            unknownModels(requests, prices),
            kept.isEmpty() ? null : TraceRow.instant(first),
            kept.isEmpty() ? null : TraceRow.instant(last),
            false);
    java.time.ZoneId zone = query.effectiveZone();
    RequestFilter window =
        new RequestFilter(
            query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
            query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant());
    SpendAggregator.Result result =
        new SpendAggregator(query, prices, directory)
            .aggregate(requests.stream().filter(r -> inside(r, window)).iterator());
    return new Result(load, result, warnings(kept));
  }

  /** The load accounting, the rows and totals, and the warnings about the traces. */
  public record Result(LoadReport load, SpendAggregator.Result spend, List<String> warnings) {}

  private static boolean inside(TraceRequest r, RequestFilter window) {
    return (window.from() == null || !r.time().isBefore(window.from()))
        && (window.to() == null || r.time().isBefore(window.to()));
  }

  /** What the readers found in every file, in file order. */
  private static final class Read {
    final InMemoryDeduplication rows = new InMemoryDeduplication();
    final List<Rejection> shown = new ArrayList<>();
    long lines;
    long rejected;
  }

  private Read readAll(LoadOptions options, TraceDiscovery.Found found) throws IOException {
    Read read = new Read();
    List<TraceFile> files = found.files();
    long bytes = files.stream().mapToLong(TraceFile::size).sum();
    options.progress().start("loading", files.size(), bytes);
    try {
      ReaderPool.readInOrder(
          files,
          threads,
          options,
          i -> new FileResult<>(files.get(i), new ArrayList<TraceRow>(), List::add),
          read.shown,
          r -> {
            long ordinal = 0;
            for (TraceRow row : r.rows()) {
              read.rows.add(new LoadedRow(row, r.file().name(), ordinal++, r.file().format()));
            }
            read.lines += r.lines();
            read.rejected += r.rejections().size();
          });
    } finally {
      options.progress().close();
    }
    return read;
  }

  /** The request as the store would give it back (see {@code RequestCursor}). */
  private static TraceRequest request(LoadedRow lr) {
    TraceRow r = lr.row();
    Usage usage =
        new Usage(
            r.inputTokens(),
            r.outputTokens(),
            r.cacheWrite5m(),
            r.cacheWrite1h(),
            r.cacheRead(),
            "fast".equals(r.speed()) ? Speed.FAST : Speed.STANDARD,
            r.inferenceGeo() == null ? "" : r.inferenceGeo(),
            r.webSearches());
    return new TraceRequest(
        TraceRow.instant(r.timeMicros()),
        r.developer(),
        r.team(),
        r.session() == null ? "" : r.session(),
        r.requestId() != null ? r.requestId() : lr.file() + "#" + lr.ordinal(),
        r.messageId(),
        r.model(),
        r.servedModel(),
        usage,
        r.sidechain(),
        r.agentId(),
        r.refused(),
        lr.file(),
        r.line(),
        lr.format());
  }

  /** As {@code TraceChecks.unknownModels}: billed models the table does not know, by model. */
  private static List<ModelCount> unknownModels(List<TraceRequest> requests, PriceTable prices) {
    Map<String, Long> byModel = new TreeMap<>();
    for (TraceRequest r : requests) {
      byModel.merge(r.billedModel(), 1L, Long::sum);
    }
    return ModelCount.unknown(byModel, prices);
  }

  /** As {@code TraceChecks.warnings}: request ids found in more than one format. */
  private static List<String> warnings(List<LoadedRow> kept) {
    Set<TraceFormat> formats = EnumSet.noneOf(TraceFormat.class);
    for (LoadedRow r : kept) {
      formats.add(r.format());
    }
    if (formats.size() < 2) {
      return List.of();
    }
    Map<String, Set<TraceFormat>> byId = new HashMap<>();
    for (LoadedRow r : kept) {
      if (r.row().requestId() != null) {
        byId.computeIfAbsent(r.row().requestId(), k -> EnumSet.noneOf(TraceFormat.class))
            .add(r.format());
      }
    }
    Set<TraceFormat> involved = EnumSet.noneOf(TraceFormat.class);
    long shared = 0;
    for (Set<TraceFormat> f : byId.values()) {
      if (f.size() > 1) {
        shared++;
        involved.addAll(f);
      }
    }
    if (shared == 0) {
      return List.of();
    }
    String names =
        involved.stream().map(TraceFormat::id).sorted().collect(Collectors.joining(", "));
    return List.of(
        "request ids found in more than one format ("
            + names
            + "): the same traffic may be counted twice");
  }
}
