package dev.ccgate.simulator.simulate;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Request;
import dev.ccgate.simulator.replay.Turn;
import dev.ccgate.simulator.replay.TurnSink;
import java.io.IOException;
import java.io.Writer;

/**
 * {@code --decisions FILE}: one decision-log line ({@code docs/decision-log.md}, source {@code
 * simulate}) per reported request, streamed as the replay goes. {@code usage} is the usage under
 * the policy (the cache projection; as logged for a refused request), {@code cost_usd} its cost (0
 * when refused) and {@code original_cost_usd} what the request cost as logged.
 */
public final class DecisionLogWriter implements TurnSink {
  /** The decision log's {@code source} for replayed requests. */
  public static final String SOURCE = "simulate";

  private final Writer out;
  private final ReportFilter filter;

  /** Writes to {@code out} (the caller closes it) the requests {@code filter} keeps. */
  public DecisionLogWriter(Writer out, ReportFilter filter) {
    this.out = out;
    this.filter = filter;
  }

  @Override
  public void accept(Turn turn) throws IOException {
    if (!filter.includes(turn)) {
      return;
    }
    Decision d = turn.decision();
    Request r = turn.request();
    out.write(
        DecisionLogCodec.write(
            new DecisionRecord(
                r.time(),
                r.requestId(),
                r.sessionId(),
                d.developer(),
                d.team(),
                r.model(),
                d.routedModel(),
                d.action(),
                d.reasons(),
                turn.routedUsage(),
                false,
                turn.projectedMicros(),
                turn.actualMicros(),
                SOURCE)));
    out.write('\n');
  }
}
