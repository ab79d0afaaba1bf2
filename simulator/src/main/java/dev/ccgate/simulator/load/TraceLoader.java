package dev.ccgate.simulator.load;

import dev.ccgate.simulator.store.RequestStore;
import dev.ccgate.simulator.store.RequestStore.FileEntry;
import dev.ccgate.simulator.store.RequestStore.RejectionEntry;
import dev.ccgate.simulator.store.StagedRows;
import dev.ccgate.simulator.store.Staging;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads traces into a {@link RequestStore}: readers run on all cores, one file each, encoding their
 * rows for the Appender ({@link StagedRows}), while the calling thread appends them in file order
 * through the one JDBC Appender; then one SQL statement deduplicates transcripts. With {@code
 * --db}, a database whose manifest matches the inputs (same paths, sizes and modification times) is
 * reused without reading a file.
 */
public final class TraceLoader {
  private final TraceDiscovery discovery = new TraceDiscovery();
  private final int threads;

  /** A loader using every core. */
  public TraceLoader() {
    this(Runtime.getRuntime().availableProcessors());
  }

  /** A loader using {@code threads} reader threads. */
  public TraceLoader(int threads) {
    this.threads = Math.max(1, threads);
  }

  /** How many reader threads it uses. */
  public int threads() {
    return threads;
  }

  /** Loads {@code options.traces()}; throws {@link BadTraceException} under strict mode. */
  public LoadedTraces load(LoadOptions options) throws IOException {
    return load(options, () -> {});
  }

  /**
   * Loads {@code options.traces()}, running {@code beforeWriting} first when the load must create a
   * database or read the traces into one (not when a kept database is reused as it is); what it
   * throws stops the load.
   */
  public LoadedTraces load(LoadOptions options, Runnable beforeWriting) throws IOException {
    RequestStore store = null;
    try {
      options.progress().step("finding trace files");
      // A kept database's manifest and counters, read once: matching, discovery and the reused
      // report all need them (each read was a few hundred milliseconds at 13,600 files).
      List<FileEntry> manifest = List.of();
      Map<String, String> meta = Map.of();
      if (options.db() != null && Files.exists(options.db())) {
        store = openStore(options);
        meta = store.meta();
        manifest = store.manifest(meta);
      } else {
        RequestStore.warmUp(); // DuckDB loads while the files are found
      }
      TraceDiscovery.Found found = discovery.discover(options, known(manifest));
      boolean reuse = store != null && matches(meta, manifest, found, options);
      if (!reuse) {
        beforeWriting.run();
      }
      if (store == null) {
        store = openStore(options); // only now, so a mistyped --traces creates no database
      }
      LoadReport report =
          reuse ? reused(store, meta, manifest, options, found) : fresh(store, options, found);
      return new LoadedTraces(store, report);
    } catch (SQLException e) {
      closeQuietly(store);
      throw new IllegalStateException("database: " + e.getMessage(), e);
    } catch (IOException | RuntimeException e) {
      closeQuietly(store);
      throw e;
    } finally {
      options.progress().close();
    }
  }

  /**
   * The files a kept database was loaded from, by path: discovery takes their format from here when
   * size and modification time are unchanged instead of reading each file's first bytes again (2.3
   * s of a 13,600-file replay).
   */
  private static Map<Path, TraceFile> known(List<FileEntry> manifest) {
    Map<Path, TraceFile> out = new HashMap<>();
    for (FileEntry e : manifest) {
      out.put(e.file().path(), e.file());
    }
    return out;
  }

  private static RequestStore openStore(LoadOptions options) throws IOException {
    try {
      if (options.db() == null) {
        return RequestStore.inMemory();
      }
      if (options.db().getParent() != null) {
        Files.createDirectories(options.db().toAbsolutePath().getParent());
      }
      return RequestStore.open(options.db());
    } catch (SQLException e) {
      throw new IOException("cannot open database " + options.db() + ": " + e.getMessage(), e);
    }
  }

  private static boolean matches(
      Map<String, String> meta,
      List<FileEntry> manifest,
      TraceDiscovery.Found found,
      LoadOptions o) {
    if (!o.fingerprint().equals(meta.get("options"))
        || !String.join("\n", found.skipped()).equals(meta.get("skipped_files"))) {
      return false;
    }
    if (manifest.size() != found.files().size()) {
      return false;
    }
    for (int i = 0; i < manifest.size(); i++) {
      TraceFile was = manifest.get(i).file();
      TraceFile now = found.files().get(i);
      if (!was.path().equals(now.path().toAbsolutePath())
          || !was.name().equals(now.name())
          || was.size() != now.size()
          || was.modifiedMillis() != now.modifiedMillis()
          || was.format() != now.format()) {
        return false;
      }
    }
    return true;
  }

  private LoadReport fresh(RequestStore store, LoadOptions options, TraceDiscovery.Found found)
      throws IOException, SQLException {
    store.reset();
    List<FileEntry> entries = new ArrayList<>();
    List<Rejection> shown = new ArrayList<>();
    long[] totals = new long[4]; // lines, rows, rejected, rows staged (a file's repeats collapsed)
    long bytes = found.files().stream().mapToLong(TraceFile::size).sum();
    options.progress().start("loading", found.files().size(), bytes);
    List<TraceFile> files = found.files();
    try (Staging staging = store.stage(files)) {
      ReaderPool.readInOrder(
          files,
          threads,
          options,
          i -> new FileResult<>(files.get(i), staging.rowsOf(i), StagedRows::add),
          shown,
          r -> {
            staging.append(r.rows());
            totals[0] += r.lines();
            totals[1] += r.rowCount();
            totals[2] += r.rejections().size();
            totals[3] += r.rows().size();
            entries.add(new FileEntry(r.file(), r.lines(), r.rowCount(), r.rejections().size()));
          });
    }
    options.progress().step("deduplicating");
    long requests = store.publish(totals[3]);
    Instant[] range = timeRange(store);
    Map<String, String> meta = new LinkedHashMap<>();
    meta.put("options", options.fingerprint());
    meta.put("skipped_files", String.join("\n", found.skipped()));
    meta.put("lines_read", Long.toString(totals[0]));
    meta.put("rows_read", Long.toString(totals[1]));
    meta.put("rejected", Long.toString(totals[2]));
    meta.put("requests", Long.toString(requests));
    store.writeManifest(
        entries,
        shown.stream().map(r -> new RejectionEntry(r.file(), r.line(), r.reason())).toList(),
        meta);
    return new LoadReport(
        inputs(options),
        ReaderPool.filesByFormat(entries.stream().map(FileEntry::file).toList()),
        found.skipped(),
        totals[0],
        totals[1],
        totals[1] - requests,
        requests,
        totals[2],
        shown,
        List.of(),
        range[0],
        range[1],
        false);
  }

  private static LoadReport reused(
      RequestStore store,
      Map<String, String> meta,
      List<FileEntry> entries,
      LoadOptions options,
      TraceDiscovery.Found f)
      throws SQLException {
    long rows = Long.parseLong(meta.get("rows_read"));
    long requests = Long.parseLong(meta.get("requests"));
    Instant[] range = timeRange(store);
    return new LoadReport(
        inputs(options),
        ReaderPool.filesByFormat(entries.stream().map(FileEntry::file).toList()),
        f.skipped(),
        Long.parseLong(meta.get("lines_read")),
        rows,
        rows - requests,
        requests,
        Long.parseLong(meta.get("rejected")),
        store.rejections().stream()
            .map(r -> new Rejection(r.file(), r.line(), r.reason()))
            .toList(),
        List.of(),
        range[0],
        range[1],
        true);
  }

  private static Instant[] timeRange(RequestStore store) throws SQLException {
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery("SELECT epoch_us(min(time)), epoch_us(max(time)) FROM requests")) {
      rs.next();
      long min = rs.getLong(1);
      if (rs.wasNull()) {
        return new Instant[] {null, null};
      }
      return new Instant[] {TraceRow.instant(min), TraceRow.instant(rs.getLong(2))};
    }
  }

  private static List<String> inputs(LoadOptions options) {
    return options.traces().stream().map(p -> p.toString().replace('\\', '/')).toList();
  }

  private static void closeQuietly(RequestStore store) {
    if (store == null) {
      return;
    }
    try {
      store.close();
    } catch (SQLException e) {
      // the original failure is the one to report
    }
  }
}
