package dev.ccgate.simulator.render;

import dev.ccgate.simulator.sweep.SweepResult;
import java.io.IOException;
import java.io.Writer;

/** Writes a budget sweep in one output format. */
public interface SweepRenderer {
  /** Writes {@code result} to {@code out}. */
  void render(SweepResult result, Writer out) throws IOException;
}
