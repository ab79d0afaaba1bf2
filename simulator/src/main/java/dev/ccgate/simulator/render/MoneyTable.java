package dev.ccgate.simulator.render;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.LongFunction;

/**
 * A text table of rows with money in them under a heading: to the cent when it fits the width, else
 * in whole dollars (as the spend report falls back to compact token counts), and then long keys
 * shortened.
 */
final class MoneyTable {
  private MoneyTable() {}

  /**
   * Writes {@code heading}, then one row per item ({@code row} formats money as it is told), or
   * {@code none}; the first {@code keys} columns are text, the rest numbers.
   */
  static <T> void write(
      Writer out,
      String heading,
      List<String> titles,
      int keys,
      List<T> items,
      BiFunction<T, LongFunction<String>, List<String>> row,
      int width)
      throws IOException {
    out.write("\n" + heading + "\n");
    if (items.isEmpty()) {
      out.write("  none\n");
      return;
    }
    List<Boolean> numeric = SimulationSections.numeric(keys, titles.size());
    List<List<String>> rows = rows(items, row, Numbers::dollars);
    TextTable table = new TextTable(titles, numeric, rows);
    if (table.width() > width) {
      rows = rows(items, row, Numbers::wholeDollars);
      table = new TextTable(titles, numeric, rows);
    }
    table.fit(width).header(out);
    for (List<String> cells : rows) {
      table.row(out, cells);
    }
  }

  private static <T> List<List<String>> rows(
      List<T> items,
      BiFunction<T, LongFunction<String>, List<String>> row,
      LongFunction<String> money) {
    List<List<String>> out = new ArrayList<>();
    for (T item : items) {
      out.add(row.apply(item, money));
    }
    return out;
  }
}
