package dev.ccgate.simulator.render;

import dev.ccgate.simulator.diff.PolicyDiff;
import java.io.IOException;
import java.io.Writer;

/** Writes a policy comparison in one output format. */
public interface DiffRenderer {
  /** Writes {@code diff} to {@code out}. */
  void render(PolicyDiff diff, Writer out) throws IOException;
}
