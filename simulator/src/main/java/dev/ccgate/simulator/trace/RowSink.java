package dev.ccgate.simulator.trace;

/** Where a reader puts what it finds in one file. Not thread-safe: one sink per file. */
public interface RowSink {
  /** A request. */
  void row(TraceRow row);

  /** A line (or record starting at {@code line}) that cannot be used, with a short reason. */
  void reject(long line, String reason);

  /** {@code count} more lines were read (used or not). */
  void linesRead(long count);
}
