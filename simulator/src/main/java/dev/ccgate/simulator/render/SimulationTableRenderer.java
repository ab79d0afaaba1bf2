package dev.ccgate.simulator.render;

import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal report of a simulation, fitting {@code width} columns: the load's accounting and
 * warnings, a summary, the teams and developers, and the sessions the policy paused or downgraded,
 * each with its first event on the line below.
 */
final class SimulationTableRenderer implements SimulationRenderer {
  private final int width;

  SimulationTableRenderer(int width) {
    this.width = TableRenderer.budget(width);
  }

  @Override
  public void render(SimulationReport r, Writer out) throws IOException {
    out.write(SimulationSections.title(r) + "\n");
    ReportHeader.writeFacts(out, SimulationSections.facts(r), width);
    ReportHeader.writeNotes(out, SimulationSections.notes(r), width);
    out.write("\nSummary\n");
    ReportHeader.writeFacts(out, SimulationSections.summary(r), width);
    MoneyTable.write(
        out,
        "Teams",
        SimulationSections.teamTitles(),
        1,
        r.teams(),
        SimulationSections::teamRow,
        width);
    MoneyTable.write(
        out,
        "Developers",
        SimulationSections.developerTitles(),
        2,
        r.developers(),
        SimulationSections::developerRow,
        width);
    sessions(out, r);
  }

  private void sessions(Writer out, SimulationReport r) throws IOException {
    out.write("\nSessions paused or downgraded, with their first event\n");
    List<SessionResult> notable = SimulationSections.notableSessions(r);
    if (notable.isEmpty()) {
      out.write("  none\n");
      return;
    }
    List<SessionResult> shown =
        notable.subList(0, Math.min(notable.size(), SimulationSections.SHOWN_SESSIONS));
    List<List<String>> rows = new ArrayList<>();
    for (SessionResult s : shown) {
      rows.add(SimulationSections.sessionRow(s, r));
    }
    TextTable table =
        new TextTable(SimulationSections.sessionTitles(), SimulationSections.sessionNumeric(), rows)
            .fit(width);
    table.header(out);
    for (int i = 0; i < shown.size(); i++) {
      // The session id stays whole on its own line: it is what --explain takes.
      table.row(out, rows.get(i));
      out.write("    session " + shown.get(i).session() + "\n");
      TextWrap.write(
          out,
          "    first   ",
          SimulationSections.event(shown.get(i).firstEvent(), r),
          "            ",
          width);
    }
    String more = SimulationSections.moreSessions(shown.size(), notable.size());
    if (more != null) {
      out.write("  " + more + "\n");
    }
  }
}
