package dev.ccgate.simulator.render;

import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.render.SimulationFields.Field;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * One table of a comparison as CSV ({@link DiffFields}' columns): totals, teams, developers (all of
 * them) or sessions (those treated differently). A comparison has no alerts table.
 */
final class DiffCsvRenderer implements DiffRenderer {
  private final SimulationTable table;

  DiffCsvRenderer(SimulationTable table) {
    if (table == SimulationTable.ALERTS) {
      throw new IllegalArgumentException(
          "diff has no alerts table (use totals|teams|developers|sessions)");
    }
    this.table = table;
  }

  @Override
  public void render(PolicyDiff d, Writer out) throws IOException {
    List<List<Field>> rows = new ArrayList<>();
    List<Field> columns =
        switch (table) {
          case TOTALS -> {
            rows.add(DiffFields.totals(d));
            yield rows.get(0);
          }
          case TEAMS -> {
            d.teams().forEach(t -> rows.add(DiffFields.team(t)));
            yield DiffFields.emptyTeam();
          }
          case DEVELOPERS -> {
            d.developers().forEach(x -> rows.add(DiffFields.developer(x)));
            yield DiffFields.emptyDeveloper();
          }
          case SESSIONS, ALERTS -> { // ALERTS never gets here: the constructor refuses it
            d.sessions().forEach(s -> rows.add(DiffFields.session(s)));
            yield DiffFields.emptySession();
          }
        };
    SimulationCsvRenderer.write(out, columns.stream().map(Field::name).toList(), rows);
  }
}
