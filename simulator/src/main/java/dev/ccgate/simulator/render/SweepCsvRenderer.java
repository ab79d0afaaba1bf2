package dev.ccgate.simulator.render;

import dev.ccgate.simulator.render.SimulationFields.Field;
import dev.ccgate.simulator.sweep.SweepPoint;
import dev.ccgate.simulator.sweep.SweepResult;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A sweep as CSV: one row per limit, {@link SweepFields}' columns. */
final class SweepCsvRenderer implements SweepRenderer {
  @Override
  public void render(SweepResult s, Writer out) throws IOException {
    List<List<Field>> rows = new ArrayList<>();
    for (SweepPoint p : s.points()) {
      rows.add(SweepFields.row(p));
    }
    List<String> header = rows.get(0).stream().map(Field::name).toList();
    SimulationCsvRenderer.write(out, header, rows);
  }
}
