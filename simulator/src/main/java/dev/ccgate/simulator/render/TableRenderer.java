package dev.ccgate.simulator.render;

import dev.ccgate.simulator.report.SpendReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal table. It fits {@code width} columns: exact token counts when they fit, else compact
 * ones ({@code 12.3M}), and then long keys (session ids, e-mails) are shortened with an ellipsis.
 * Header lines longer than the width are left whole, so nothing is lost.
 */
final class TableRenderer implements ReportRenderer {
  private static final String GAP = "  ";
  private static final int MIN_KEY_WIDTH = 8;

  private final int width;

  TableRenderer(int width) {
    this.width = width <= 0 ? 100 : Math.max(40, width);
  }

  @Override
  public void render(SpendReport r, Writer out) throws IOException {
    out.write(ReportHeader.title(r) + "\n");
    for (ReportHeader.Fact f : ReportHeader.facts(r)) {
      out.write(String.format(java.util.Locale.ROOT, "  %-8s %s%n", f.label(), f.value()));
    }
    for (String note : ReportHeader.notes(r)) {
      out.write("  ! " + note + "\n");
    }
    out.write("\n");
    Grid grid = new Grid(r, Numbers::grouped);
    int[] widths = widths(grid);
    if (total(widths) > width) {
      grid = new Grid(r, Numbers::compact);
      widths = widths(grid);
    }
    shrinkKeys(grid, widths);
    writeRow(out, grid.titles, grid, widths);
    writeRule(out, widths);
    for (List<String> row : grid.rows) {
      writeRow(out, row, grid, widths);
    }
    if (!grid.rows.isEmpty()) {
      writeRule(out, widths);
    }
    writeRow(out, grid.total, grid, widths);
  }

  private static int[] widths(Grid g) {
    int[] w = new int[g.titles.size()];
    List<List<String>> all = new ArrayList<>(g.rows);
    all.add(g.titles);
    all.add(g.total);
    for (List<String> row : all) {
      for (int i = 0; i < w.length; i++) {
        w[i] = Math.max(w[i], row.get(i).length());
      }
    }
    return w;
  }

  private void shrinkKeys(Grid g, int[] w) {
    int keys = g.keyColumns();
    while (total(w) > width) {
      int widest = -1;
      for (int i = 0; i < keys; i++) {
        if (w[i] > MIN_KEY_WIDTH && (widest < 0 || w[i] > w[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        return; // as narrow as it gets; let the terminal wrap
      }
      w[widest]--;
    }
  }

  private static int total(int[] w) {
    int sum = GAP.length() * (w.length - 1);
    for (int v : w) {
      sum += v;
    }
    return sum;
  }

  private static void writeRow(Writer out, List<String> cells, Grid g, int[] w) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        b.append(GAP);
      }
      String cell = fit(cells.get(i), w[i]);
      String pad = " ".repeat(w[i] - cell.length());
      b.append(g.numeric.get(i) ? pad + cell : cell + pad);
    }
    out.write(stripTrailing(b) + "\n");
  }

  private static void writeRule(Writer out, int[] w) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < w.length; i++) {
      if (i > 0) {
        b.append(GAP);
      }
      b.append("-".repeat(w[i]));
    }
    out.write(b + "\n");
  }

  private static String fit(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "\u2026";
  }

  private static String stripTrailing(StringBuilder b) {
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    return b.substring(0, end);
  }
}
