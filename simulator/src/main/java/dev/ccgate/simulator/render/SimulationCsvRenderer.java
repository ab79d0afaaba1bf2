package dev.ccgate.simulator.render;

import dev.ccgate.simulator.render.SimulationFields.Field;
import dev.ccgate.simulator.simulate.AlertResult;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionResult;
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
      case SESSIONS -> {
        for (SessionResult s : r.sessions()) {
          List<Field> row = new ArrayList<>(SimulationFields.session(s));
          for (Field f : SimulationFields.event(s.firstEvent())) {
            row.add(new Field("first_event_" + f.name(), f.value()));
          }
          rows.add(row);
        }
      }
      case ALERTS -> r.alerts().forEach(a -> rows.add(SimulationFields.alert(a)));
    }
    CSVPrinter csv = new CSVPrinter(out, FORMAT);
    csv.printRecord(header(table, r));
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
          case TEAMS -> SimulationFields.team(EMPTY_GROUP);
          case DEVELOPERS -> SimulationFields.developer(EMPTY_GROUP);
          case SESSIONS -> {
            List<Field> f = new ArrayList<>(SimulationFields.session(EMPTY_SESSION));
            SimulationFields.event(null)
                .forEach(e -> f.add(new Field("first_event_" + e.name(), null)));
            yield f;
          }
          case ALERTS -> SimulationFields.alert(EMPTY_ALERT);
        };
    return sample.stream().map(Field::name).toList();
  }

  private static final GroupResult EMPTY_GROUP =
      new GroupResult("", List.of(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
  private static final SessionResult EMPTY_SESSION =
      new SessionResult(
          "",
          "",
          "",
          null,
          null,
          0,
          0,
          0,
          0,
          0,
          0,
          dev.ccgate.simulator.simulate.SessionOutcome.CLEAN,
          null);
  private static final AlertResult EMPTY_ALERT =
      new AlertResult(null, "", "", 0, 0, 0, 0, null, null, "", "", "");
}
