package dev.ccgate.simulator.render;

import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A Markdown simulation report: the same sections as the table, as lists and pipe tables. */
final class SimulationMarkdownRenderer implements SimulationRenderer {
  @Override
  public void render(SimulationReport r, Writer out) throws IOException {
    out.write("# " + SimulationSections.title(r) + "\n\n");
    MarkdownRenderer.facts(out, SimulationSections.facts(r), SimulationSections.notes(r));
    out.write("## Summary\n\n");
    MarkdownRenderer.facts(out, SimulationSections.summary(r), List.of());
    List<List<String>> teams = new ArrayList<>();
    for (GroupResult t : r.teams()) {
      teams.add(SimulationSections.teamRow(t, Numbers::dollars));
    }
    section(out, "Teams", SimulationSections.teamTitles(), 1, teams);
    List<List<String>> developers = new ArrayList<>();
    for (GroupResult d : r.developers()) {
      developers.add(SimulationSections.developerRow(d, Numbers::dollars));
    }
    section(out, "Developers", SimulationSections.developerTitles(), 2, developers);
    out.write("## Sessions paused or downgraded\n\n");
    List<SessionResult> notable = SimulationSections.notableSessions(r);
    if (notable.isEmpty()) {
      out.write("None.\n");
      return;
    }
    List<SessionResult> shown =
        notable.subList(0, Math.min(notable.size(), SimulationSections.SHOWN_SESSIONS));
    List<List<String>> rows = new ArrayList<>();
    for (SessionResult s : shown) {
      rows.add(SimulationSections.fullSessionRow(s, r));
    }
    MarkdownRenderer.table(
        out, SimulationSections.fullSessionTitles(), SimulationSections.fullSessionNumeric(), rows);
    String more = SimulationSections.moreSessions(shown.size(), notable.size());
    if (more != null) {
      out.write("\n" + more + "\n");
    }
  }

  /**
   * A {@code ##} heading and a pipe table, or {@code None.}; the first {@code keys} columns are
   * text.
   */
  static void section(
      Writer out, String heading, List<String> titles, int keys, List<List<String>> rows)
      throws IOException {
    out.write("## " + heading + "\n\n");
    if (rows.isEmpty()) {
      out.write("None.\n\n");
      return;
    }
    MarkdownRenderer.table(out, titles, SimulationSections.numeric(keys, titles.size()), rows);
    out.write("\n");
  }
}
