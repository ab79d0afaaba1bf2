package dev.ccgate.simulator.render;

import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a simulation report in one output format. */
public interface SimulationRenderer {
  /** Writes {@code report} to {@code out}. */
  void render(SimulationReport report, Writer out) throws IOException;
}
