package dev.ccgate.simulator.render;

import dev.ccgate.simulator.sweep.SweepPoint;
import dev.ccgate.simulator.sweep.SweepResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A sweep as a terminal table fitting {@code width} columns, or as Markdown. */
final class SweepTextRenderer implements SweepRenderer {
  private final int width;
  private final boolean markdown;

  SweepTextRenderer(int width, boolean markdown) {
    this.width = TableRenderer.budget(width);
    this.markdown = markdown;
  }

  @Override
  public void render(SweepResult s, Writer out) throws IOException {
    List<String> titles = SweepSections.titles(s.budget());
    List<List<String>> rows = new ArrayList<>();
    for (SweepPoint p : s.points()) {
      rows.add(SweepSections.row(p, s.budget()));
    }
    List<String> notes = SimulationSections.notes(s.policyReport());
    if (markdown) {
      out.write("# " + SweepSections.title(s) + "\n\n");
      MarkdownRenderer.facts(out, SweepSections.facts(s), notes);
      MarkdownRenderer.table(out, titles, SweepSections.numeric(s.budget()), rows);
      return;
    }
    out.write(SweepSections.title(s) + "\n");
    ReportHeader.writeFacts(out, SweepSections.facts(s), width);
    ReportHeader.writeNotes(out, notes, width);
    out.write("\n");
    TextTable table = new TextTable(titles, SweepSections.numeric(s.budget()), rows).fit(width);
    table.header(out);
    for (List<String> row : rows) {
      table.row(out, row);
    }
  }
}
