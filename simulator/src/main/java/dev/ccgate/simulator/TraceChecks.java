package dev.ccgate.simulator;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.simulator.load.ModelCount;
import dev.ccgate.simulator.store.RequestStore;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Checks of loaded traces that every report states: unknown models, traffic exported twice. */
final class TraceChecks {
  private TraceChecks() {}

  /** The models {@code prices} does not know, with their request counts, sorted by model. */
  static List<ModelCount> unknownModels(RequestStore store, PriceTable prices) throws SQLException {
    return ModelCount.unknown(store.requestsByModel(), prices);
  }

  /** Warnings about the traces themselves. */
  static List<String> warnings(RequestStore store) throws SQLException {
    List<String> out = new ArrayList<>();
    // Two exports of the same traffic (say transcripts and OTel) in one folder double-count it.
    // Only possible with two formats; min <> max finds ids in several without building lists.
    try (Statement s = store.connection().createStatement()) {
      try (ResultSet formats = s.executeQuery("SELECT count(DISTINCT format) FROM requests")) {
        formats.next();
        if (formats.getLong(1) < 2) {
          return out;
        }
      }
      try (ResultSet rs =
          s.executeQuery(
              "WITH shared AS (SELECT request_id FROM requests WHERE request_id IS NOT NULL"
                  + " GROUP BY request_id HAVING min(format) <> max(format))"
                  + " SELECT (SELECT count(*) FROM shared),"
                  + " (SELECT string_agg(DISTINCT format, ', ' ORDER BY format) FROM requests"
                  + " WHERE request_id IN (SELECT request_id FROM shared))")) {
        rs.next();
        long n = rs.getLong(1);
        if (n > 0) {
          out.add(
              "request ids found in more than one format ("
                  + rs.getString(2)
                  + "): the same traffic may be counted twice");
        }
      }
    }
    return out;
  }
}
