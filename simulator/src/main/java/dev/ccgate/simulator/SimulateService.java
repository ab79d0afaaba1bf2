package dev.ccgate.simulator;

import dev.ccgate.kernel.Kernel;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.UnknownDeveloper;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.ModelCount;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.render.ReportFormat;
import dev.ccgate.simulator.render.SimulationTable;
import dev.ccgate.simulator.replay.BackgroundSink;
import dev.ccgate.simulator.replay.KernelBuild;
import dev.ccgate.simulator.replay.Replay;
import dev.ccgate.simulator.replay.TurnSink;
import dev.ccgate.simulator.simulate.DecisionLogWriter;
import dev.ccgate.simulator.simulate.ReportFilter;
import dev.ccgate.simulator.simulate.SessionExplainer;
import dev.ccgate.simulator.simulate.SessionExplanation;
import dev.ccgate.simulator.simulate.SimulateQuery;
import dev.ccgate.simulator.simulate.SimulationAggregator;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.store.RequestBatches;
import dev.ccgate.simulator.store.RequestFilter;
import dev.ccgate.simulator.store.RequestStore;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * {@code ccgate simulate}: load traces, replay every request through the policy kernel, and render
 * the result (or explain one session).
 */
public final class SimulateService {
  private static final int LISTED_DEVELOPERS = 10;

  private final TraceLoader loader;

  /** A service loading with every core. */
  public SimulateService() {
    this(new TraceLoader());
  }

  /** A service using {@code loader}. */
  public SimulateService(TraceLoader loader) {
    this.loader = loader;
  }

  /**
   * Starts what a simulation needs that does not depend on its input (loading DuckDB) on another
   * thread, so that it overlaps with reading the policy; call it first.
   */
  public static void warmUp() {
    RequestStore.warmUp();
  }

  /** What a run produced: the report, and the explanation when one was asked for. */
  public record Result(SimulationReport report, SessionExplanation explanation) {}

  /**
   * Runs {@code query} and writes the report as {@code format} ({@code table} picks the CSV table)
   * to {@code out}, or to {@code stdout} when {@code out} is null; {@code width} is the text
   * table's column budget. With {@code query.explain()}, writes that session's explanation instead.
   */
  public Result run(
      SimulateQuery query,
      ReportFormat format,
      SimulationTable table,
      int width,
      Path out,
      Writer stdout)
      throws IOException {
    Result result = simulate(query, format == ReportFormat.HTML && query.explain() == null);
    ReportOutput.write(
        out,
        stdout,
        w -> {
          if (result.explanation() != null && format == ReportFormat.HTML) {
            ReportFormat.explainHtmlRenderer().render(result.explanation(), w);
          } else if (result.explanation() != null) {
            ReportFormat.explainRenderer(width).render(result.explanation(), w);
          } else {
            format.simulationRenderer(width, table).render(result.report(), w);
          }
        });
    return result;
  }

  /** Loads and replays the traces of {@code query}. */
  public Result simulate(SimulateQuery query) throws IOException {
    return simulate(query, false);
  }

  /**
   * Loads and replays the traces of {@code query}; with {@code charts}, also sums each team's spend
   * per day for the HTML report's charts (skipped otherwise: it is per-request work).
   */
  public Result simulate(SimulateQuery query, boolean charts) throws IOException {
    PendingPolicy pending = query.policy();
    // Parsing and indexing a large policy (a wallet path per developer) overlap with finding the
    // traces and checking a kept database; the load waits for the policy before it writes.
    KernelBuild kernel = KernelBuild.start(pending);
    try (LoadedTraces traces = loader.load(query.load(), pending::get)) {
      return replayLoaded(query, kernel, traces, charts);
    } catch (SQLException e) {
      throw database(e);
    }
  }

  /** A database failure, as the commands report it. */
  static IllegalStateException database(SQLException e) {
    return new IllegalStateException("database: " + e.getMessage(), e);
  }

  /**
   * Replays traces already loaded through {@code kernel}'s policy (the one {@code query} names):
   * {@code ccgate diff} loads once and replays twice.
   */
  static Result replayLoaded(
      SimulateQuery query, KernelBuild kernel, LoadedTraces traces, boolean charts)
      throws IOException {
    try {
      Policy policy = query.policy().get();
      ReportFilter filter =
          new ReportFilter(
              query.from(), query.to(), query.teams(), query.developers(), policy.timezone());
      SimulationAggregator aggregator = new SimulationAggregator(filter, policy, charts);
      SessionExplainer explainer =
          query.explain() == null ? null : new SessionExplainer(query.explain());
      RequestStore store = traces.store();
      LoadReport load =
          traces.report().withUnknownModels(TraceChecks.unknownModels(store, policy.pricing()));
      replay(query, kernel.get(), store, load.requests(), filter, aggregator, explainer);
      SimulationAggregator.Results r = aggregator.results();
      List<String> warnings = new ArrayList<>();
      for (ModelCount m : load.unknownModels()) {
        warnings.add(m.describe());
      }
      warnings.addAll(TraceChecks.warnings(store));
      unlisted(aggregator.unlistedDevelopers(), policy).ifPresent(warnings::add);
      if (r.totals().requestsWithoutSession() > 0) {
        warnings.add(
            String.format(
                Locale.ROOT,
                "requests without a session id (%,d): they count in the totals, teams and"
                    + " developers, in no session",
                r.totals().requestsWithoutSession()));
      }
      SimulationReport report =
          new SimulationReport(
              load,
              policy.source(),
              policy.timezone(),
              policy.pricing().asOf(),
              query.cacheModel(),
              query.from(),
              query.to(),
              query.teams(),
              query.developers(),
              r.totals(),
              r.channels(),
              r.teams(),
              r.developers(),
              r.sessions(),
              r.alerts(),
              r.charts(),
              warnings);
      SessionExplanation explanation =
          explainer == null
              ? null
              : explainer.explanation(policy.source(), policy.timezone(), query.cacheModel());
      return new Result(report, explanation);
    } catch (SQLException e) {
      throw database(e);
    }
  }

  private static void replay(
      SimulateQuery query,
      Kernel kernel,
      RequestStore store,
      long requests,
      ReportFilter filter,
      SimulationAggregator aggregator,
      SessionExplainer explainer)
      throws IOException, SQLException {
    Writer decisions = query.decisions() == null ? null : open(query.decisions());
    // Replay.run closes the progress; the try closes it too when preparing fails (close is
    // idempotent).
    Progress progress = query.replayProgress().get();
    progress.step("preparing the replay");
    try (progress;
        RequestBatches batches = store.batches(RequestFilter.ALL, decisions != null)) {
      // Summing and the decision log run on a second thread, in order, overlapping the kernel;
      // explain reads the ledger, so it stays on the replay's own thread.
      List<TurnSink> background = new ArrayList<>(2);
      background.add(aggregator);
      if (decisions != null) {
        background.add(new DecisionLogWriter(decisions, filter));
      }
      try (BackgroundSink summed = new BackgroundSink(fan(background))) {
        TurnSink sink = explainer == null ? summed : fan(List.of(explainer, summed));
        new Replay(kernel, query.cacheModel()).run(batches, sink, progress, requests);
      }
    } finally {
      if (decisions != null) {
        decisions.close();
      }
    }
  }

  private static TurnSink fan(List<TurnSink> sinks) {
    if (sinks.size() == 1) {
      return sinks.get(0);
    }
    return turn -> {
      for (TurnSink s : sinks) {
        s.accept(turn);
      }
    };
  }

  private static Writer open(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    if (abs.getParent() != null) {
      Files.createDirectories(abs.getParent());
    }
    return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
  }

  private static java.util.Optional<String> unlisted(Set<String> developers, Policy policy) {
    if (developers.isEmpty()) {
      return java.util.Optional.empty();
    }
    List<String> shown = developers.stream().limit(LISTED_DEVELOPERS).toList();
    String fate =
        policy.developers().unknown() == UnknownDeveloper.REJECT
            ? "rejected as developers.unknown says"
            : "placed in the team their export names, else default_team '"
                + policy.developers().defaultTeam()
                + "'";
    return java.util.Optional.of(
        String.format(
            Locale.ROOT,
            "developers not in the policy, %s (%,d): %s%s",
            fate,
            developers.size(),
            String.join(", ", shown),
            developers.size() > shown.size()
                ? String.format(Locale.ROOT, " and %,d more", developers.size() - shown.size())
                : ""));
  }
}
