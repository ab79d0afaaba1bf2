package dev.ccgate.simulator.reader;

import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceReader;
import java.util.EnumMap;
import java.util.Map;

/** The reader of each format. */
public final class Readers {
  private final Map<TraceFormat, TraceReader> byFormat = new EnumMap<>(TraceFormat.class);

  /** One reader per format. */
  public Readers() {
    for (TraceReader r :
        new TraceReader[] {
          new TranscriptReader(),
          new OtelLogReader(),
          new AdminUsageReader(),
          new BedrockLogReader(),
          new LiteLlmReader(),
          new DecisionLogReader(),
          new CsvTraceReader()
        }) {
      byFormat.put(r.format(), r);
    }
  }

  /** The reader of {@code format}. */
  public TraceReader of(TraceFormat format) {
    return byFormat.get(format);
  }
}
