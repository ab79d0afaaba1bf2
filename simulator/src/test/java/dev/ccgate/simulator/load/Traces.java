package dev.ccgate.simulator.load;

import dev.ccgate.simulator.store.RequestCursor;
import dev.ccgate.simulator.store.RequestFilter;
import dev.ccgate.simulator.store.TraceRequest;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Test helpers: fixtures, loading and one-number SQL. */
public final class Traces {
  private Traces() {}

  /** A fixture folder or file under {@code src/test/resources/traces}. */
  public static Path fixture(String name) {
    return Path.of("src/test/resources/traces").resolve(name);
  }

  /** Loads {@code paths} leniently into memory. */
  public static LoadedTraces load(Path... paths) throws IOException {
    return new TraceLoader(2).load(LoadOptions.of(paths));
  }

  /** The single number {@code sql} returns. */
  public static long number(LoadedTraces t, String sql) throws SQLException {
    try (Statement s = t.store().connection().createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /** Every request in replay order. */
  public static List<TraceRequest> all(LoadedTraces t) throws SQLException {
    List<TraceRequest> out = new ArrayList<>();
    try (RequestCursor c = t.store().replay(RequestFilter.ALL)) {
      c.forEachRemaining(out::add);
    }
    return out;
  }

  /** The sum of every token count in the {@code requests} table. */
  public static long totalTokens(LoadedTraces t) throws SQLException {
    return number(
        t,
        "SELECT sum(input_tokens + output_tokens + cache_write_5m + cache_write_1h + cache_read)"
            + " FROM requests");
  }
}
