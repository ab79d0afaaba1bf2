package dev.ccgate.simulator.store;

import dev.ccgate.simulator.trace.TraceFile;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * The simulator's DuckDB database. Tables:
 *
 * <ul>
 *   <li>{@code requests}: one row per billable request after transcript dedup, the replay input:
 *       {@code time TIMESTAMPTZ, developer, team, session, request_id, message_id, model,
 *       served_model, input_tokens, output_tokens, cache_write_5m, cache_write_1h, cache_read,
 *       speed, inference_geo, web_searches, is_sidechain, agent_id, refused, source_file,
 *       source_line, source_ordinal, format}. Replay order is {@code time, source_file,
 *       source_ordinal}, unique per row.
 *   <li>{@code load_files}: the manifest (path, size, mtime, format) plus per-file counts.
 *   <li>{@code load_rejections}: the first rejected lines; {@code load_meta}: load counters.
 * </ul>
 *
 * Rows arrive through the JDBC Appender into staging tables (see {@link Staging}); {@link
 * #publish(long)} then deduplicates in one SQL statement. Not thread-safe.
 */
public final class RequestStore implements AutoCloseable {
  /** Bumped whenever a table changes shape, so an old {@code --db} is reloaded, not misread. */
  public static final String SCHEMA_VERSION = "1";

  static final String COLUMNS =
      "time TIMESTAMPTZ NOT NULL, developer VARCHAR NOT NULL, team VARCHAR, session VARCHAR,"
          + " request_id VARCHAR, message_id VARCHAR, model VARCHAR NOT NULL,"
          + " served_model VARCHAR, input_tokens BIGINT NOT NULL, output_tokens BIGINT NOT NULL,"
          + " cache_write_5m BIGINT NOT NULL, cache_write_1h BIGINT NOT NULL,"
          + " cache_read BIGINT NOT NULL, speed VARCHAR, inference_geo VARCHAR,"
          + " web_searches BIGINT NOT NULL, is_sidechain BOOLEAN NOT NULL, agent_id VARCHAR,"
          + " refused BOOLEAN NOT NULL, source_file VARCHAR NOT NULL,"
          + " source_line BIGINT NOT NULL, source_ordinal BIGINT NOT NULL,"
          + " format VARCHAR NOT NULL";

  private final DuckDBConnection connection;
  private final boolean kept;

  private RequestStore(DuckDBConnection connection, boolean kept) {
    this.connection = connection;
    this.kept = kept;
  }

  private static final AtomicBoolean WARMING = new AtomicBoolean();

  /**
   * Starts loading DuckDB (with one query) on a daemon thread and returns at once. On a cold JVM
   * the first connection takes about a second (the driver extracts its ~70 MB native library from
   * the jar and loads it, then initialises its JDBC classes); started early, that overlaps with
   * what the caller does meanwhile (reading the policy). A later {@link #open} waits for a load in
   * progress, as class initialisation is serialised; a failure here is left for that open to
   * report. Only the first call starts anything.
   */
  public static void warmUp() {
    if (WARMING.getAndSet(true) || !NativeLibrary.present()) {
      return; // without its library the real open says what is missing
    }
    Thread t =
        new Thread(
            () -> {
              try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
                  Statement s = c.createStatement();
                  ResultSet rs = s.executeQuery("SELECT 1")) {
                rs.next(); // statements and results initialise their classes too
              } catch (SQLException | RuntimeException | LinkageError e) {
                // the real open reports it
              }
            },
            "ccgate-duckdb-warm-up");
    t.setDaemon(true);
    t.start();
  }

  /** A database in memory, gone when closed. */
  public static RequestStore inMemory() throws SQLException {
    return open("jdbc:duckdb:", false);
  }

  /** The database file {@code file}, created when missing. */
  public static RequestStore open(Path file) throws SQLException {
    return open("jdbc:duckdb:" + file.toAbsolutePath(), true);
  }

  private static RequestStore open(String url, boolean kept) throws SQLException {
    NativeLibrary.check();
    Properties props = new Properties();
    // Stream query results instead of materialising them: a replay walks millions of rows.
    props.setProperty("jdbc_stream_results", "true");
    Connection c = DriverManager.getConnection(url, props);
    return new RequestStore(c.unwrap(DuckDBConnection.class), kept);
  }

  /** The JDBC connection, for report queries. */
  public Connection connection() {
    return connection;
  }

  /** Drops everything and creates empty tables for a fresh load. */
  public void reset() throws SQLException {
    try (Statement s = connection.createStatement()) {
      for (String t : new String[] {"requests", "load_files", "load_rejections", "load_meta"}) {
        s.execute("DROP TABLE IF EXISTS " + t);
      }
      Staging.drop(s); // left behind by a load that failed
      Staging.create(s);
      for (String t : ReplayLayout.SAVED_TABLES) {
        s.execute("DROP TABLE IF EXISTS " + t); // made from the requests being replaced
      }
      s.execute("CREATE TABLE requests (" + COLUMNS + ")");
      s.execute(
          "CREATE TABLE load_files (path VARCHAR, name VARCHAR, size BIGINT, mtime_ms BIGINT,"
              + " format VARCHAR, developer VARCHAR, lines_read BIGINT, rows_read BIGINT,"
              + " rejected BIGINT)");
      s.execute(
          "CREATE TABLE load_rejections (source_file VARCHAR, source_line BIGINT,"
              + " reason VARCHAR)");
      s.execute("CREATE TABLE load_meta (key VARCHAR, value VARCHAR)");
    }
  }

  /**
   * A staging area for a fresh load of {@code files} (the file of a {@link StagedRows} is its index
   * here); close it before {@link #publish(long)}.
   */
  public Staging stage(List<TraceFile> files) throws SQLException {
    return new Staging(connection, files);
  }

  /**
   * Moves the {@code staged} rows into {@code requests}, dropping transcript duplicates exactly as
   * formats.md 1.4 describes, and returns how many rows were kept. Fails rather than publish when
   * the staging table does not hold exactly {@code staged} rows: no row may be lost between a
   * reader and the database.
   */
  public long publish(long staged) throws SQLException {
    try (Statement s = connection.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM staged_rows")) {
        rs.next();
        if (rs.getLong(1) != staged) {
          throw new IllegalStateException(
              "the load staged " + rs.getLong(1) + " rows of the " + staged + " its readers kept");
        }
      }
      s.execute(Staging.VIEW);
      s.execute("INSERT INTO requests " + Deduplication.SQL);
      Staging.drop(s);
      long kept;
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM requests")) {
        rs.next();
        kept = rs.getLong(1);
      }
      return kept;
    }
  }

  /** Records the loaded files, the first rejections and the load counters. */
  public void writeManifest(
      List<FileEntry> files, List<RejectionEntry> rejections, Map<String, String> meta)
      throws SQLException {
    try (DuckDBAppender a = connection.createAppender("load_files")) {
      for (FileEntry f : files) {
        a.beginRow()
            .append(f.file().path().toAbsolutePath().toString())
            .append(f.file().name())
            .append(f.file().size())
            .append(f.file().modifiedMillis())
            .append(f.file().format().id())
            .append(f.file().developer())
            .append(f.linesRead())
            .append(f.rowsRead())
            .append(f.rejected())
            .endRow();
      }
    }
    try (DuckDBAppender a = connection.createAppender("load_rejections")) {
      for (RejectionEntry r : rejections) {
        a.beginRow().append(r.file()).append(r.line()).append(r.reason()).endRow();
      }
    }
    Map<String, String> all = new LinkedHashMap<>(meta);
    all.put("schema_version", SCHEMA_VERSION);
    try (DuckDBAppender a = connection.createAppender("load_meta")) {
      for (Map.Entry<String, String> e : all.entrySet()) {
        a.beginRow().append(e.getKey()).append(e.getValue()).endRow();
      }
    }
  }

  /** The manifest of the last complete load, or empty when there is none (or it is outdated). */
  public List<FileEntry> manifest() throws SQLException {
    return manifest(meta());
  }

  /** As {@link #manifest()}, with the counters {@link #meta()} already read. */
  public List<FileEntry> manifest(Map<String, String> meta) throws SQLException {
    if (!SCHEMA_VERSION.equals(meta.get("schema_version"))) {
      return List.of();
    }
    List<FileEntry> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT path, name, size, mtime_ms, format, developer, lines_read, rows_read,"
                    + " rejected FROM load_files ORDER BY name")) {
      while (rs.next()) {
        TraceFile f =
            new TraceFile(
                Path.of(rs.getString(1)),
                rs.getString(2),
                rs.getLong(3),
                rs.getLong(4),
                dev.ccgate.simulator.trace.TraceFormat.of(rs.getString(5)),
                rs.getString(6));
        out.add(new FileEntry(f, rs.getLong(7), rs.getLong(8), rs.getLong(9)));
      }
    }
    return out;
  }

  /** The load counters of the last complete load; empty when there is none. */
  public Map<String, String> meta() throws SQLException {
    Map<String, String> out = new LinkedHashMap<>();
    try (Statement s = connection.createStatement()) {
      try (ResultSet t =
          s.executeQuery(
              "SELECT count(*) FROM information_schema.tables WHERE table_name = 'load_meta'")) {
        t.next();
        if (t.getLong(1) == 0) {
          return out;
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT key, value FROM load_meta")) {
        while (rs.next()) {
          out.put(rs.getString(1), rs.getString(2));
        }
      }
    }
    return out;
  }

  /** The stored first rejections, in file and line order. */
  public List<RejectionEntry> rejections() throws SQLException {
    List<RejectionEntry> out = new ArrayList<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT source_file, source_line, reason FROM load_rejections"
                    + " ORDER BY source_file, source_line, reason")) {
      while (rs.next()) {
        out.add(new RejectionEntry(rs.getString(1), rs.getLong(2), rs.getString(3)));
      }
    }
    return out;
  }

  /** Requests per model id as written, sorted by model. */
  public Map<String, Long> requestsByModel() throws SQLException {
    Map<String, Long> out = new LinkedHashMap<>();
    try (Statement s = connection.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT coalesce(served_model, model) AS m, count(*) FROM requests"
                    + " GROUP BY m ORDER BY m")) {
      while (rs.next()) {
        out.put(rs.getString(1), rs.getLong(2));
      }
    }
    return out;
  }

  /**
   * Streams the requests in {@code filter}'s window in replay order as column batches (the replay's
   * fast path; see {@link RequestBatches}), with request ids only when {@code requestIds}. A
   * database kept in a file saves the replay order on first use.
   */
  public RequestBatches batches(RequestFilter filter, boolean requestIds) throws SQLException {
    return new RequestBatches(connection, filter, requestIds, 4096, kept);
  }

  /** Iterates the requests in {@code filter}'s window in replay order. */
  public RequestCursor replay(RequestFilter filter) throws SQLException {
    PreparedStatement ps =
        window(RequestCursor.SELECT, filter, " ORDER BY time, source_file, source_ordinal");
    return new RequestCursor(ps, ps.executeQuery());
  }

  /** How many requests {@code filter}'s window holds. */
  public long count(RequestFilter filter) throws SQLException {
    try (PreparedStatement ps = window("SELECT count(*) FROM requests", filter, "");
        ResultSet rs = ps.executeQuery()) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** {@code select} restricted to {@code filter}'s window, then {@code tail}, prepared. */
  private PreparedStatement window(String select, RequestFilter filter, String tail)
      throws SQLException {
    StringBuilder sql = new StringBuilder(select);
    List<Long> args = new ArrayList<>();
    String glue = " WHERE ";
    if (filter.from() != null) {
      sql.append(glue).append("time >= make_timestamptz(?)");
      args.add(micros(filter.from()));
      glue = " AND ";
    }
    if (filter.to() != null) {
      sql.append(glue).append("time < make_timestamptz(?)");
      args.add(micros(filter.to()));
    }
    PreparedStatement ps = connection.prepareStatement(sql.append(tail).toString());
    for (int i = 0; i < args.size(); i++) {
      ps.setLong(i + 1, args.get(i));
    }
    return ps;
  }

  static long micros(java.time.Instant i) {
    return Math.addExact(Math.multiplyExact(i.getEpochSecond(), 1_000_000L), i.getNano() / 1_000);
  }

  @Override
  public void close() throws SQLException {
    connection.close();
  }

  /** A manifest row: a loaded file and what came out of it. */
  public record FileEntry(TraceFile file, long linesRead, long rowsRead, long rejected) {}

  /** A stored rejection. */
  public record RejectionEntry(String file, long line, String reason) {}
}
