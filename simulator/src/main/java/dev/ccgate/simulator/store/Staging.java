package dev.ccgate.simulator.store;

import dev.ccgate.simulator.trace.TraceFile;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/**
 * Where a fresh load's rows go before deduplication: {@code staged_rows} holds each request with
 * its strings as codes, {@code staged_strings} the code dictionary and {@code staged_files} the
 * files; the view {@code staged_request_view} joins them back into the {@code requests} shape that
 * {@link Deduplication} reads. One Appender on one thread writes everything, and every row it is
 * given is written before {@link #close()} returns.
 */
public final class Staging implements AutoCloseable {
  static final String ROWS =
      "CREATE TABLE staged_rows (time TIMESTAMPTZ NOT NULL, developer INTEGER, team INTEGER,"
          + " session INTEGER, model INTEGER, served_model INTEGER, speed INTEGER,"
          + " inference_geo INTEGER, agent_id INTEGER, file INTEGER, input_tokens BIGINT,"
          + " output_tokens BIGINT, cache_write_5m BIGINT, cache_write_1h BIGINT,"
          + " cache_read BIGINT, web_searches BIGINT, source_line BIGINT, source_ordinal BIGINT,"
          + " flags INTEGER, ids VARCHAR, request_id_length INTEGER,"
          + " message_id_length INTEGER)";

  /** The staged rows in the {@code requests} shape: codes looked up, ids split, flags unpacked. */
  static final String VIEW =
      "CREATE OR REPLACE TEMP VIEW staged_request_view AS SELECT r.rowid AS row_id, r.time,"
          + " dev.value AS developer,"
          + " team.value AS team, ses.value AS session,"
          + " CASE WHEN r.request_id_length < 0 THEN NULL"
          + "   ELSE substr(r.ids, 1, r.request_id_length) END AS request_id,"
          + " CASE WHEN r.message_id_length < 0 THEN NULL"
          + "   ELSE substr(r.ids, greatest(r.request_id_length, 0) + 1) END AS message_id,"
          + " model.value AS model, served.value AS served_model, r.input_tokens,"
          + " r.output_tokens, r.cache_write_5m, r.cache_write_1h, r.cache_read,"
          + " speed.value AS speed, geo.value AS inference_geo, r.web_searches,"
          + " (r.flags & 1) <> 0 AS is_sidechain, agent.value AS agent_id,"
          + " (r.flags & 2) <> 0 AS refused, f.name AS source_file, r.source_line,"
          + " r.source_ordinal, f.format"
          + " FROM staged_rows r JOIN staged_files f ON f.code = r.file"
          + join("dev", "developer")
          + join("team", "team")
          + join("ses", "session")
          + join("model", "model")
          + join("served", "served_model")
          + join("speed", "speed")
          + join("geo", "inference_geo")
          + join("agent", "agent_id");

  private final DuckDBConnection connection;
  private final List<TraceFile> files;
  private final StringCodes codes = new StringCodes();
  private final DuckDBAppender rows;
  private long appended;

  Staging(DuckDBConnection connection, List<TraceFile> files) throws SQLException {
    this.connection = connection;
    this.files = List.copyOf(files);
    // One transaction for the whole staging: in autocommit every 2,048-row chunk the Appender
    // flushes is a commit to the database file, which cost more than appending (a CSV load of
    // 736K rows took twice as long).
    connection.setAutoCommit(false);
    this.rows = connection.createAppender("staged_rows");
  }

  private static String join(String alias, String column) {
    return " LEFT JOIN staged_strings " + alias + " ON " + alias + ".code = r." + column;
  }

  static void create(Statement s) throws SQLException {
    s.execute(ROWS);
    s.execute("CREATE TABLE staged_strings (code INTEGER, value VARCHAR)");
    s.execute("CREATE TABLE staged_files (code INTEGER, name VARCHAR, format VARCHAR)");
  }

  static void drop(Statement s) throws SQLException {
    s.execute("DROP VIEW IF EXISTS staged_request_view");
    s.execute("DROP TABLE IF EXISTS staged_requests"); // what schema 1 staged into
    for (String t : new String[] {"staged_rows", "staged_strings", "staged_files"}) {
      s.execute("DROP TABLE IF EXISTS " + t);
    }
  }

  /** The codes every {@link StagedRows} of this load must use. */
  public StringCodes codes() {
    return codes;
  }

  /** Rows for the file at {@code index} in this load's file list. */
  public StagedRows rowsOf(int index) {
    return new StagedRows(
        codes,
        index,
        files.get(index).format() == dev.ccgate.simulator.trace.TraceFormat.TRANSCRIPT);
  }

  /** Appends {@code staged}; each row keeps its position among the file's rows as parsed. */
  public void append(StagedRows staged) throws SQLException {
    int file = staged.file();
    for (int i = 0; i < staged.size(); i++) {
      rows.beginRow()
          .appendEpochMicros(staged.longAt(i, 0))
          .append(staged.intAt(i, 0))
          .append(staged.intAt(i, 1))
          .append(staged.intAt(i, 2))
          .append(staged.intAt(i, 3))
          .append(staged.intAt(i, 4))
          .append(staged.intAt(i, 5))
          .append(staged.intAt(i, 6))
          .append(staged.intAt(i, 7))
          .append(file)
          .append(staged.longAt(i, 1))
          .append(staged.longAt(i, 2))
          .append(staged.longAt(i, 3))
          .append(staged.longAt(i, 4))
          .append(staged.longAt(i, 5))
          .append(staged.longAt(i, 6))
          .append(staged.longAt(i, 7))
          .append(staged.longAt(i, 8))
          .append(staged.intAt(i, 10))
          .append(staged.ids(i))
          .append(staged.intAt(i, 8))
          .append(staged.intAt(i, 9))
          .endRow();
    }
    appended += staged.size();
  }

  /** How many rows were appended. */
  public long appended() {
    return appended;
  }

  /** Flushes the rows, writes the dictionary and the files, and commits them. */
  @Override
  public void close() throws SQLException {
    try {
      write();
      connection.commit();
    } finally {
      connection.setAutoCommit(true); // the statements that follow commit on their own again
    }
  }

  private void write() throws SQLException {
    rows.close();
    try (DuckDBAppender a = connection.createAppender("staged_strings")) {
      for (Map.Entry<String, Integer> e : codes.entries().entrySet()) {
        a.beginRow().append(e.getValue().intValue()).append(e.getKey()).endRow();
      }
    }
    try (DuckDBAppender a = connection.createAppender("staged_files")) {
      for (int i = 0; i < files.size(); i++) {
        a.beginRow()
            .append(i)
            .append(files.get(i).name())
            .append(files.get(i).format().id())
            .endRow();
      }
    }
  }
}
