package dev.ccgate.simulator.trace;

import java.io.IOException;

/**
 * Reads one trace format. A reader sees only its file and a sink: never a policy, a price table or
 * the database. Readers are stateless and may run on several files at once.
 */
public interface TraceReader {
  /** The format this reader reads. */
  TraceFormat format();

  /**
   * Reads {@code file}, sending every request to {@code sink} and every unusable record to {@link
   * RowSink#reject}; throws only when the file cannot be read at all.
   */
  void read(TraceFile file, RowSink sink) throws IOException;
}
