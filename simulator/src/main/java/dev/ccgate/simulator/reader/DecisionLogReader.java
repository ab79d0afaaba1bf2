package dev.ccgate.simulator.reader;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.decision.LogLine;
import dev.ccgate.kernel.Action;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import dev.ccgate.simulator.trace.RowSink;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceReader;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;

/**
 * Reads ccgate's own decision log (what {@code serve} and {@code simulate --decisions} write) with
 * {@link DecisionLogCodec}, so live traffic can be replayed. The model asked is the request's
 * model; the model that answered is kept as its served model. A gateway's admin credit or reset (a
 * {@code WalletAdjustment} line) is not a request: it is read past, neither a row nor a rejection,
 * since a replay rebuilds spend from the requests under its own policy.
 */
public final class DecisionLogReader implements TraceReader {
  @Override
  public TraceFormat format() {
    return TraceFormat.DECISIONS;
  }

  @Override
  public void read(TraceFile file, RowSink sink) throws IOException {
    byte[] bytes = TraceBytes.readAll(file.path());
    long lines =
        Lines.forEach(
            bytes,
            (line, start, end) -> {
              String text =
                  new String(bytes, start, end - start, java.nio.charset.StandardCharsets.UTF_8);
              LogLine entry;
              try {
                entry = DecisionLogCodec.readLine(text);
              } catch (IllegalArgumentException | java.time.DateTimeException e) {
                sink.reject(line, Timestamps.shorten(String.valueOf(e.getMessage())));
                return;
              }
              if (!entry.isAdjustment()) {
                sink.row(toRow(entry.decision(), line));
              }
            });
    sink.linesRead(lines);
  }

  private static TraceRow toRow(DecisionRecord r, long line) {
    Usage u = r.usage();
    String served = r.action() == Action.PAUSE ? null : r.routedModel();
    return new TraceRow(
        Timestamps.toMicros(r.time()),
        r.developer(),
        r.team(),
        r.sessionId().isEmpty() ? null : r.sessionId(),
        r.requestId(),
        null,
        r.originalModel(),
        served == null || served.equals(r.originalModel()) ? null : served,
        u.inputTokens(),
        u.outputTokens(),
        u.cacheWrite5mTokens(),
        u.cacheWrite1hTokens(),
        u.cacheReadTokens(),
        u.speed() == Speed.FAST ? "fast" : "standard",
        u.inferenceGeo().isEmpty() ? null : u.inferenceGeo(),
        u.webSearches(),
        false,
        null,
        r.action() == Action.PAUSE,
        line);
  }
}
