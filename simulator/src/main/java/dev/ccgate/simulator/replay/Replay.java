package dev.ccgate.simulator.replay;

import dev.ccgate.kernel.Kernel;
import dev.ccgate.kernel.Ledger;
import dev.ccgate.kernel.Request;
import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.Usage;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.store.RequestBatch;
import dev.ccgate.simulator.store.RequestBatches;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;
import java.sql.SQLException;
import java.time.Instant;

/**
 * The replay: a fold of the kernel over every request in time order, with one {@link Ledger}. Each
 * request is decided, its usage projected onto the routed model ({@link CacheProjector}), settled,
 * and handed to a {@link TurnSink}. It always runs over all the traffic, so shared wallets (team,
 * org) see every request; reports filter afterwards.
 *
 * <p>What the kernel sees of a logged request: its time, developer (aliases resolve in the kernel),
 * the export's team attribute as the team hint, session, the model as asked, and as {@code
 * input_tokens} the logged prompt (uncached input plus cache writes and reads). No export records
 * {@code max_tokens}, so it is 0; Claude Code always streams, so {@code stream} is true.
 */
public final class Replay {
  private final Kernel kernel;
  private final PriceTable prices;
  private final CacheProjector projector;

  /** A replay through {@code kernel} with the cache projection {@code cacheModel}. */
  public Replay(Kernel kernel, CacheModel cacheModel) {
    this.kernel = kernel;
    this.prices = kernel.policy().pricing();
    this.projector = new CacheProjector(cacheModel);
  }

  /**
   * Replays every request of {@code batches} into {@code sink}, reporting to {@code progress}
   * ({@code total} requests expected); returns how many were replayed.
   */
  public long run(RequestBatches batches, TurnSink sink, Progress progress, long total)
      throws SQLException, IOException {
    Ledger ledger = new Ledger();
    Turn turn = new Turn(ledger);
    CacheThreads threads = new CacheThreads();
    DeveloperPaths paths = new DeveloperPaths(kernel);
    progress.startItems("replaying", "requests", total);
    long count = 0;
    try {
      RequestBatch b;
      while ((b = batches.next()) != null) {
        for (int i = 0; i < b.size(); i++) {
          step(ledger, threads, paths, b, i, turn);
          sink.accept(turn);
        }
        count += b.size();
        progress.advanceItems(b.size());
      }
    } finally {
      progress.close();
    }
    return count;
  }

  private void step(
      Ledger ledger, CacheThreads threads, DeveloperPaths paths, RequestBatch b, int i, Turn turn) {
    long us = b.timeMicros(i);
    Instant time = TraceRow.instant(us);
    Usage logged =
        new Usage(
            b.inputTokens(i),
            b.outputTokens(i),
            b.cacheWrite5m(i),
            b.cacheWrite1h(i),
            b.cacheRead(i),
            b.speed(i),
            b.inferenceGeo(i),
            b.webSearches(i));
    String asked = b.model(i);
    String billed = b.billedModel(i);
    String requestId = b.requestId(i);
    Request request =
        new Request(
            requestId == null ? "" : requestId,
            b.session(i),
            time,
            b.developer(i),
            b.team(i),
            asked,
            logged.promptTokens(),
            0,
            true);
    turn.timeMicros = us;
    turn.sessionCode = b.sessionCode(i);
    turn.developerCode = b.developerCode(i);
    turn.loggedModel = billed;
    turn.request = request;
    turn.logged = logged;
    turn.decision = kernel.decide(ledger, request, paths.of(b, i));
    turn.routed =
        turn.decision.action().refuses()
            ? logged
            : projector.project(
                threads.of(b.sessionCode(i), b.agentCode(i), b.developerCode(i)),
                billed,
                turn.decision.routedModel(),
                us,
                logged);
    turn.settlement = kernel.settle(ledger, turn.decision, turn.routed, logged, time);
    if (b.refused(i)) {
      turn.actualMicros = 0; // a gateway refused it: it reached no model
    } else if (billed.equals(asked)) {
      turn.actualMicros = turn.settlement.originalCostMicros();
    } else {
      turn.actualMicros = prices.costMicros(prices.resolve(billed), logged, time);
    }
  }
}
