package dev.ccgate.simulator.generate;

import java.io.Closeable;
import java.io.IOException;

/** Renders one developer's sessions in one format; one instance per developer and thread. */
interface TrafficWriter extends Closeable {
  /** Writes {@code session}; sessions come in start order. */
  void write(Session session) throws IOException;

  /** What has been written so far. */
  Output output();

  /**
   * Files, lines and bytes written, and how many lines carry usage (more than the calls when a
   * format has Claude Code's duplicate lines).
   */
  record Output(long files, long lines, long bytes, long usageLines) {
    static final Output NONE = new Output(0, 0, 0, 0);

    Output plus(Output o) {
      return new Output(
          files + o.files, lines + o.lines, bytes + o.bytes, usageLines + o.usageLines);
    }
  }
}
