package dev.ccgate.simulator.render;

import dev.ccgate.simulator.report.Dimension;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.report.SpendRow;
import dev.ccgate.simulator.report.SpendTotals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.LongFunction;

/** A report's rows as text cells: key columns, then number columns, then a total row. */
final class Grid {
  final List<String> titles = new ArrayList<>();
  final List<Boolean> numeric = new ArrayList<>();
  final List<List<String>> rows = new ArrayList<>();
  final List<String> total;

  Grid(SpendReport r, LongFunction<String> tokens) {
    int keys = 0;
    if (r.by().period() != null) {
      titles.add(r.by().period().name().toLowerCase(java.util.Locale.ROOT));
      keys++;
    }
    for (Dimension d : r.by().dimensions()) {
      titles.add(d.id());
      keys++;
    }
    for (String t : new String[] {"requests", "input", "output", "cache write", "cache read"}) {
      titles.add(t);
    }
    titles.add("cost");
    for (int i = 0; i < titles.size(); i++) {
      numeric.add(i >= keys);
    }
    for (SpendRow row : r.rows()) {
      List<String> cells = new ArrayList<>();
      if (row.period() != null) {
        cells.add(row.period());
      }
      cells.addAll(row.keys());
      cells.addAll(numbers(row.totals(), tokens));
      rows.add(cells);
    }
    total = new ArrayList<>();
    for (int i = 0; i < keys; i++) {
      total.add(i == 0 ? "total" : "");
    }
    total.addAll(numbers(r.totals(), tokens));
    if (keys == 0) {
      // no key column: the total row is the only row
      rows.clear();
    }
  }

  int keyColumns() {
    return (int) numeric.stream().filter(n -> !n).count();
  }

  private static List<String> numbers(SpendTotals t, LongFunction<String> tokens) {
    return List.of(
        Numbers.grouped(t.requests()),
        tokens.apply(t.inputTokens()),
        tokens.apply(t.outputTokens()),
        tokens.apply(t.cacheWrite()),
        tokens.apply(t.cacheRead()),
        Numbers.dollars(t.costMicros()));
  }
}
