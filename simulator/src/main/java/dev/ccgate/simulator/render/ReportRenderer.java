package dev.ccgate.simulator.render;

import dev.ccgate.simulator.report.SpendReport;
import java.io.IOException;
import java.io.Writer;

/** Writes a spend report in one output format. */
public interface ReportRenderer {
  /** Writes {@code report} to {@code out}. */
  void render(SpendReport report, Writer out) throws IOException;
}
