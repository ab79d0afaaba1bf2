package dev.ccgate.simulator.render;

import dev.ccgate.policy.Money;
import dev.ccgate.simulator.report.Dimension;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.report.SpendRow;
import dev.ccgate.simulator.report.SpendTotals;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One CSV row per report row, exact numbers, no total row (a spreadsheet sums it). Columns: the
 * period and dimensions, then the counts and {@code cost_usd}, as in {@code docs/report-schema.md}.
 */
final class CsvRenderer implements ReportRenderer {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  @Override
  public void render(SpendReport r, Writer out) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    List<String> header = new ArrayList<>();
    if (r.by().period() != null) {
      header.add("period");
    }
    r.by().dimensions().stream().map(Dimension::id).forEach(header::add);
    header.addAll(JsonRenderer.TOTAL_FIELDS);
    csv.printRecord(header);
    for (SpendRow row : r.rows()) {
      List<Object> cells = new ArrayList<>();
      if (row.period() != null) {
        cells.add(row.period());
      }
      cells.addAll(row.keys());
      SpendTotals t = row.totals();
      cells.add(t.requests());
      cells.add(t.inputTokens());
      cells.add(t.outputTokens());
      cells.add(t.cacheWrite5m());
      cells.add(t.cacheWrite1h());
      cells.add(t.cacheRead());
      cells.add(t.webSearches());
      cells.add(Money.usd(t.costMicros()).toPlainString());
      csv.printRecord(cells);
    }
    csv.flush();
  }
}
