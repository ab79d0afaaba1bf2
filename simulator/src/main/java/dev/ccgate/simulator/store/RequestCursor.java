package dev.ccgate.simulator.store;

import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceRow;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Streams {@code requests} in replay order: by time, ties broken by source file and position (a
 * unique key, so two runs see the same order). Repeated strings (developer, team, session, model)
 * are shared instances, which keeps a replay's per-developer maps cheap. Close it when done.
 */
public final class RequestCursor implements Iterator<TraceRequest>, AutoCloseable {
  static final String SELECT =
      "SELECT epoch_us(time), developer, team, session, request_id, message_id, model,"
          + " served_model, input_tokens, output_tokens, cache_write_5m, cache_write_1h,"
          + " cache_read, speed, inference_geo, web_searches, is_sidechain, agent_id, refused,"
          + " source_file, source_line, source_ordinal, format FROM requests";

  private final PreparedStatement statement;
  private final ResultSet rows;
  private final Map<String, String> strings = new HashMap<>();
  private final Map<String, TraceFormat> formats = new HashMap<>();
  private TraceRequest next;
  private boolean done;

  RequestCursor(PreparedStatement statement, ResultSet rows) {
    this.statement = statement;
    this.rows = rows;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      try {
        if (rows.next()) {
          next = read();
        } else {
          done = true;
        }
      } catch (SQLException e) {
        throw new IllegalStateException("reading requests: " + e.getMessage(), e);
      }
    }
    return next != null;
  }

  @Override
  public TraceRequest next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    TraceRequest r = next;
    next = null;
    return r;
  }

  private TraceRequest read() throws SQLException {
    long micros = rows.getLong(1);
    String sourceFile = shared(rows.getString(20));
    long ordinal = rows.getLong(22);
    String requestId = rows.getString(5);
    String geo = rows.getString(15);
    Usage usage =
        new Usage(
            rows.getLong(9),
            rows.getLong(10),
            rows.getLong(11),
            rows.getLong(12),
            rows.getLong(13),
            "fast".equals(rows.getString(14)) ? Speed.FAST : Speed.STANDARD,
            geo == null ? "" : shared(geo),
            rows.getLong(16));
    String session = rows.getString(4);
    return new TraceRequest(
        TraceRow.instant(micros),
        shared(rows.getString(2)),
        shared(rows.getString(3)),
        session == null ? "" : shared(session),
        requestId != null ? requestId : sourceFile + "#" + ordinal,
        rows.getString(6),
        shared(rows.getString(7)),
        shared(rows.getString(8)),
        usage,
        rows.getBoolean(17),
        shared(rows.getString(18)),
        rows.getBoolean(19),
        sourceFile,
        rows.getLong(21),
        formats.computeIfAbsent(rows.getString(23), TraceFormat::of));
  }

  private String shared(String s) {
    if (s == null) {
      return null;
    }
    String prior = strings.putIfAbsent(s, s);
    return prior != null ? prior : s;
  }

  @Override
  public void close() throws SQLException {
    try {
      rows.close();
    } finally {
      statement.close();
    }
  }
}
