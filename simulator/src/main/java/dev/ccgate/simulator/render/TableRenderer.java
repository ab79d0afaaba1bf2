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
  private final int width;

  TableRenderer(int width) {
    this.width = budget(width);
  }

  /** The column budget for a requested {@code width}: 100 when unset, at least 40. */
  static int budget(int width) {
    return width <= 0 ? 100 : Math.max(40, width);
  }

  @Override
  public void render(SpendReport r, Writer out) throws IOException {
    out.write(ReportHeader.title(r) + "\n");
    ReportHeader.writeFacts(out, ReportHeader.facts(r));
    ReportHeader.writeNotes(out, ReportHeader.notes(r));
    out.write("\n");
    Grid grid = new Grid(r, Numbers::grouped);
    TextTable table = table(grid);
    if (table.width() > width) {
      grid = new Grid(r, Numbers::compact);
      table = table(grid);
    }
    table.fit(width).header(out);
    for (List<String> row : grid.rows) {
      table.row(out, row);
    }
    if (!grid.rows.isEmpty()) {
      table.rule(out);
    }
    table.row(out, grid.total);
  }

  private static TextTable table(Grid g) {
    List<List<String>> all = new ArrayList<>(g.rows);
    all.add(g.total);
    return new TextTable(g.titles, g.numeric, all);
  }
}
