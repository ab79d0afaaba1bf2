package dev.ccgate.simulator.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * A plain-text table that fits a column budget: keys left-aligned, numbers right-aligned, columns
 * two spaces apart. When the natural layout is too wide, the widest key columns (session ids,
 * e-mails) are shortened with an ellipsis, never below eight characters; numbers are never cut.
 */
final class TextTable {
  private static final String GAP = "  ";
  private static final int MIN_KEY_WIDTH = 8;

  private final List<String> titles;
  private final List<Boolean> numeric;
  private final int[] widths;

  /** A table of {@code titles} sized for {@code rows} (which may include a total row). */
  TextTable(List<String> titles, List<Boolean> numeric, List<List<String>> rows) {
    this.titles = List.copyOf(titles);
    this.numeric = List.copyOf(numeric);
    this.widths = new int[titles.size()];
    measure(titles);
    rows.forEach(this::measure);
  }

  private void measure(List<String> cells) {
    for (int i = 0; i < widths.length; i++) {
      widths[i] = Math.max(widths[i], cells.get(i).length());
    }
  }

  /** The width of a full row. */
  int width() {
    int sum = GAP.length() * (widths.length - 1);
    for (int w : widths) {
      sum += w;
    }
    return sum;
  }

  /** Shortens key columns, widest first, until the table fits {@code budget} or cannot shrink. */
  TextTable fit(int budget) {
    while (width() > budget) {
      int widest = -1;
      for (int i = 0; i < widths.length; i++) {
        if (!numeric.get(i)
            && widths[i] > MIN_KEY_WIDTH
            && (widest < 0 || widths[i] > widths[widest])) {
          widest = i;
        }
      }
      if (widest < 0) {
        break; // as narrow as it gets; let the terminal wrap
      }
      widths[widest]--;
    }
    return this;
  }

  /** Writes the title row and a rule under it. */
  void header(Writer out) throws IOException {
    row(out, titles);
    rule(out);
  }

  /** Writes one row of cells, without trailing blanks. */
  void row(Writer out, List<String> cells) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        b.append(GAP);
      }
      String cell = fit(cells.get(i), widths[i]);
      String pad = " ".repeat(widths[i] - cell.length());
      b.append(numeric.get(i) ? pad + cell : cell + pad);
    }
    int end = b.length();
    while (end > 0 && b.charAt(end - 1) == ' ') {
      end--;
    }
    out.write(b.substring(0, end) + "\n");
  }

  /** Writes a rule of dashes under each column. */
  void rule(Writer out) throws IOException {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < widths.length; i++) {
      if (i > 0) {
        b.append(GAP);
      }
      b.append("-".repeat(widths[i]));
    }
    out.write(b + "\n");
  }

  private static String fit(String s, int w) {
    return s.length() <= w ? s : s.substring(0, w - 1) + "\u2026";
  }
}
