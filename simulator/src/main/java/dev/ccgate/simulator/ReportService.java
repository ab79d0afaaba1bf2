package dev.ccgate.simulator;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.PriceTables;
import dev.ccgate.pricing.ResolvedModel;
import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.ModelCount;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.report.ReportQuery;
import dev.ccgate.simulator.report.SpendAggregator;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.report.TeamDirectory;
import dev.ccgate.simulator.store.RequestFilter;
import dev.ccgate.simulator.store.RequestStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code ccgate report}: load traces, price and group every request, render the result. */
public final class ReportService {
  private static final String SYNTHETIC = "<synthetic>";

  private final TraceLoader loader;

  /** A service loading with every core. */
  public ReportService() {
    this(new TraceLoader());
  }

  /** A service using {@code loader}. */
  public ReportService(TraceLoader loader) {
    this.loader = loader;
  }

  /**
   * Makes the report and writes it as {@code format} to {@code out}, or to {@code stdout} when
   * {@code out} is null; {@code width} is the table's column budget.
   */
  public SpendReport run(ReportQuery query, ReportFormat format, int width, Path out, Writer stdout)
      throws IOException {
    SpendReport report = report(query);
    if (out == null) {
      format.renderer(width).render(report, stdout);
      stdout.flush();
    } else {
      Path abs = out.toAbsolutePath();
      if (abs.getParent() != null) {
        Files.createDirectories(abs.getParent());
      }
      try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
        format.renderer(width).render(report, w);
      }
    }
    return report;
  }

  /** Loads the traces of {@code query} and makes its report. */
  public SpendReport report(ReportQuery query) throws IOException {
    PriceTable prices = query.policy() != null ? query.policy().pricing() : PriceTables.builtin();
    TeamDirectory directory =
        query.policy() != null ? TeamDirectory.of(query.policy()) : TeamDirectory.none();
    ZoneId zone = query.effectiveZone();
    try (LoadedTraces traces = loader.load(query.load())) {
      RequestStore store = traces.store();
      LoadReport load = traces.report().withUnknownModels(unknownModels(store, prices));
      RequestFilter window =
          new RequestFilter(
              query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
              query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant());
      SpendAggregator.Result result =
          new SpendAggregator(query, prices, directory).aggregate(store, window);
      return new SpendReport(
          load,
          query.by(),
          zone,
          prices.asOf(),
          query.policy() == null ? null : query.policy().source(),
          query.from(),
          query.to(),
          query.teams(),
          query.developers(),
          result.rows(),
          result.totals(),
          warnings(store));
    } catch (SQLException e) {
      throw new IllegalStateException("database: " + e.getMessage(), e);
    }
  }

  private static List<ModelCount> unknownModels(RequestStore store, PriceTable prices)
      throws SQLException {
    List<ModelCount> out = new ArrayList<>();
    for (Map.Entry<String, Long> e : store.requestsByModel().entrySet()) {
      if (SYNTHETIC.equals(e.getKey())) {
        continue; // Claude Code's error placeholder: zero usage, not a model
      }
      ResolvedModel m = prices.resolve(e.getKey());
      if (!m.known()) {
        out.add(new ModelCount(e.getKey(), e.getValue(), m.id()));
      }
    }
    return out;
  }

  private static List<String> warnings(RequestStore store) throws SQLException {
    List<String> out = new ArrayList<>();
    // Two exports of the same traffic (say transcripts and OTel) in one folder double-count it.
    try (Statement s = store.connection().createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT count(DISTINCT request_id), string_agg(DISTINCT format, ', ' ORDER BY format) FROM"
                    + " (SELECT request_id, unnest(list(DISTINCT format)) AS format FROM requests"
                    + " WHERE request_id IS NOT NULL GROUP BY request_id"
                    + " HAVING count(DISTINCT format) > 1)")) {
      rs.next();
      long n = rs.getLong(1);
      if (n > 0) {
        out.add(
            "request ids found in more than one format ("
                + rs.getString(2)
                + "): the same traffic may be counted twice");
      }
    }
    return out;
  }
}
