package dev.ccgate.simulator;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.PriceTables;
import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.TraceDiscovery;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.report.DirectReport;
import dev.ccgate.simulator.report.ReportQuery;
import dev.ccgate.simulator.report.SpendAggregator;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.report.TeamDirectory;
import dev.ccgate.simulator.store.RequestFilter;
import dev.ccgate.simulator.store.RequestStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.List;
import java.util.function.Supplier;

/** {@code ccgate report}: load traces, price and group every request, render the result. */
public final class ReportService {
  private final TraceLoader loader;
  private final Supplier<Progress> pricingProgress;

  /** A service loading with every core, showing no progress. */
  public ReportService() {
    this(new TraceLoader(), () -> Progress.NONE);
  }

  /** A service using {@code loader}, showing no progress. */
  public ReportService(TraceLoader loader) {
    this(loader, () -> Progress.NONE);
  }

  /**
   * A service using {@code loader}; {@code pricingProgress} opens the display of the pass over the
   * loaded requests once loading is done.
   */
  public ReportService(TraceLoader loader, Supplier<Progress> pricingProgress) {
    this.loader = loader;
    this.pricingProgress = pricingProgress;
  }

  /**
   * Makes the report and writes it as {@code format} to {@code out}, or to {@code stdout} when
   * {@code out} is null; {@code width} is the table's column budget.
   */
  public SpendReport run(ReportQuery query, ReportFormat format, int width, Path out, Writer stdout)
      throws IOException {
    SpendReport report = report(query);
    ReportOutput.write(out, stdout, w -> format.renderer(width).render(report, w));
    return report;
  }

  /**
   * Loads the traces of {@code query} and makes its report: in memory when there is no {@code --db}
   * to keep and the traces fit ({@link DirectReport}), else through the store.
   */
  public SpendReport report(ReportQuery query) throws IOException {
    PriceTable prices = query.policy() != null ? query.policy().pricing() : PriceTables.builtin();
    TeamDirectory directory =
        query.policy() != null ? TeamDirectory.of(query.policy()) : TeamDirectory.none();
    if (query.load().db() == null) {
      TraceDiscovery.Found found = new TraceDiscovery().discover(query.load());
      if (DirectReport.fits(found)) {
        DirectReport.Result r =
            new DirectReport(loader.threads()).report(query, found, prices, directory);
        return report(query, r.load(), prices, r.spend(), r.warnings());
      }
    }
    return stored(query);
  }

  /** The report through the store: loaded into DuckDB (and kept with {@code --db}). */
  SpendReport stored(ReportQuery query) throws IOException {
    PriceTable prices = query.policy() != null ? query.policy().pricing() : PriceTables.builtin();
    TeamDirectory directory =
        query.policy() != null ? TeamDirectory.of(query.policy()) : TeamDirectory.none();
    ZoneId zone = query.effectiveZone();
    try (LoadedTraces traces = loader.load(query.load())) {
      RequestStore store = traces.store();
      LoadReport load = traces.report().withUnknownModels(TraceChecks.unknownModels(store, prices));
      RequestFilter window =
          new RequestFilter(
              query.from() == null ? null : query.from().atStartOfDay(zone).toInstant(),
              query.to() == null ? null : query.to().plusDays(1).atStartOfDay(zone).toInstant());
      SpendAggregator.Result result =
          new SpendAggregator(query, prices, directory)
              .aggregate(store, window, pricingProgress.get());
      return report(query, load, prices, result, TraceChecks.warnings(store));
    } catch (SQLException e) {
      throw new IllegalStateException("database: " + e.getMessage(), e);
    }
  }

  private static SpendReport report(
      ReportQuery query,
      LoadReport load,
      PriceTable prices,
      SpendAggregator.Result result,
      List<String> warnings) {
    return new SpendReport(
        load,
        query.by(),
        query.effectiveZone(),
        prices.asOf(),
        query.policy() == null ? null : query.policy().source(),
        query.from(),
        query.to(),
        query.teams(),
        query.developers(),
        result.rows(),
        result.totals(),
        warnings);
  }
}
