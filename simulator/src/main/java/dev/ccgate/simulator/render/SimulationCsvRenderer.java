package dev.ccgate.simulator.render;

import dev.ccgate.simulator.render.SimulationFields.Field;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * One table of a simulation as CSV: a header, then one line per row, exact numbers (USD as plain
 * decimals), the same columns as the JSON objects; a session's first event becomes {@code
 * first_event_*} columns.
 */
final class SimulationCsvRenderer implements SimulationRenderer {
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get();

  private final SimulationTable table;

  SimulationCsvRenderer(SimulationTable table) {
    this.table = table;
  }

  @Override
  public void render(SimulationReport r, Writer out) throws IOException {
    List<List<Field>> rows = new ArrayList<>();
    switch (table) {
      case TOTALS -> rows.add(SimulationFields.totals(r.totals()));
      case TEAMS -> r.teams().forEach(t -> rows.add(SimulationFields.team(t)));
      case DEVELOPERS -> r.developers().forEach(d -> rows.add(SimulationFields.developer(d)));
      case SESSIONS -> r.sessions().forEach(x -> rows.add(SimulationFields.sessionRow(x)));
      case ALERTS -> r.alerts().forEach(a -> rows.add(SimulationFields.alert(a)));
    }
    write(out, header(table, r), rows);
  }

  /** {@code header}, then each row's values: exact decimals, null as an empty cell. */
  static void write(Writer out, List<String> header, List<List<Field>> rows) throws IOException {
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    csv.printRecord(header);
    for (List<Field> row : rows) {
      List<String> cells = new ArrayList<>(row.size());
      for (Field f : row) {
        Object v = f.value();
        cells.add(v == null ? "" : v instanceof BigDecimal d ? d.toPlainString() : v.toString());
      }
      csv.printRecord(cells);
    }
    csv.flush();
  }

  /** The column names, known even when the table has no rows. */
  private static List<String> header(SimulationTable table, SimulationReport r) {
    List<Field> sample =
        switch (table) {
          case TOTALS -> SimulationFields.totals(r.totals());
          case TEAMS -> SimulationFields.team(SimulationFields.EMPTY_GROUP);
          case DEVELOPERS -> SimulationFields.developer(SimulationFields.EMPTY_GROUP);
          case SESSIONS -> SimulationFields.sessionRow(SimulationFields.EMPTY_SESSION);
          case ALERTS -> SimulationFields.alert(SimulationFields.EMPTY_ALERT);
        };
    return sample.stream().map(Field::name).toList();
  }
}
