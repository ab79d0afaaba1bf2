package dev.ccgate.simulator.render;

import dev.ccgate.simulator.report.SpendReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** A Markdown document: the header facts as a list, then a pipe table with exact numbers. */
final class MarkdownRenderer implements ReportRenderer {
  @Override
  public void render(SpendReport r, Writer out) throws IOException {
    out.write("# " + ReportHeader.title(r) + "\n\n");
    for (ReportHeader.Fact f : ReportHeader.facts(r)) {
      out.write("- **" + f.label() + "**: " + escape(f.value()) + "\n");
    }
    List<String> notes = ReportHeader.notes(r);
    if (!notes.isEmpty()) {
      out.write("\n");
      for (String note : notes) {
        out.write("> " + escape(note) + "\n");
      }
    }
    out.write("\n");
    Grid g = new Grid(r, Numbers::grouped);
    row(out, g.titles);
    StringBuilder rule = new StringBuilder("|");
    for (boolean numeric : g.numeric) {
      rule.append(numeric ? " ---: |" : " --- |");
    }
    out.write(rule + "\n");
    for (List<String> cells : g.rows) {
      row(out, cells);
    }
    List<String> total = g.total.stream().map(c -> c.isEmpty() ? c : "**" + c + "**").toList();
    row(out, total);
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(escape(c)).append(" |");
    }
    out.write(b + "\n");
  }

  private static String escape(String s) {
    return s.replace("|", "\\|");
  }
}
