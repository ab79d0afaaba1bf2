package dev.ccgate.simulator.render;

import dev.ccgate.simulator.report.SpendReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A Markdown document: the header facts as a list, then a pipe table with exact numbers. */
final class MarkdownRenderer implements ReportRenderer {
  @Override
  public void render(SpendReport r, Writer out) throws IOException {
    out.write("# " + ReportHeader.title(r) + "\n\n");
    facts(out, ReportHeader.facts(r), ReportHeader.notes(r));
    Grid g = new Grid(r, Numbers::grouped);
    List<List<String>> rows = new ArrayList<>(g.rows);
    rows.add(g.total.stream().map(c -> c.isEmpty() ? c : "**" + c + "**").toList());
    table(out, g.titles, g.numeric, rows);
  }

  /** Writes facts as a bullet list and notes as a quote, then a blank line. */
  static void facts(Writer out, List<ReportHeader.Fact> facts, List<String> notes)
      throws IOException {
    for (ReportHeader.Fact f : facts) {
      out.write("- **" + f.label() + "**: " + escape(f.value()) + "\n");
    }
    if (!notes.isEmpty()) {
      out.write("\n");
      for (String note : notes) {
        out.write("> " + escape(note) + "\n");
      }
    }
    out.write("\n");
  }

  /** Writes a pipe table: numbers right-aligned. */
  static void table(Writer out, List<String> titles, List<Boolean> numeric, List<List<String>> rows)
      throws IOException {
    row(out, titles);
    StringBuilder rule = new StringBuilder("|");
    for (boolean n : numeric) {
      rule.append(n ? " ---: |" : " --- |");
    }
    out.write(rule + "\n");
    for (List<String> cells : rows) {
      row(out, cells);
    }
  }

  private static void row(Writer out, List<String> cells) throws IOException {
    StringBuilder b = new StringBuilder("|");
    for (String c : cells) {
      b.append(' ').append(escape(c)).append(" |");
    }
    out.write(b + "\n");
  }

  /** {@code s} with pipes escaped for a table cell. */
  static String escape(String s) {
    return s.replace("|", "\\|");
  }
}
