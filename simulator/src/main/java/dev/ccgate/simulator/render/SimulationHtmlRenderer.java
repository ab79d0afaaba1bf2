package dev.ccgate.simulator.render;

import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.simulate.TeamChart;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The simulation as one self-contained HTML file (inline CSS and SVG, no script, nothing fetched):
 * the same sections as the Markdown report, and before the tables a chart per team of its spend day
 * by day since its budget period began, against the stages of that budget. The markup is also
 * well-formed XML, so it can be checked by a parser.
 */
final class SimulationHtmlRenderer implements SimulationRenderer {
  @Override
  public void render(SimulationReport r, Writer out) throws IOException {
    String title = SimulationSections.title(r);
    Html.start(out, title);
    Html.facts(out, SimulationSections.facts(r));
    List<String> notes = SimulationSections.notes(r);
    if (!notes.isEmpty()) {
      out.write("<ul class=\"notes\">\n");
      for (String n : notes) {
        out.write("<li>" + Html.esc(n) + "</li>\n");
      }
      out.write("</ul>\n");
    }
    out.write("<h2>Summary</h2>\n");
    Html.facts(out, SimulationSections.summary(r));
    out.write("<h2>Teams, day by day</h2>\n");
    out.write(
        "<p>Bars: projected spend since the budget period began, at the end of each day (pale:"
            + " as logged). Dashed lines: the stages of the team's budget.</p>\n");
    for (TeamChart c : r.charts()) {
      TeamChartSvg.write(out, c);
    }
    List<List<String>> teams = new ArrayList<>();
    for (GroupResult t : r.teams()) {
      teams.add(SimulationSections.teamRow(t, Numbers::dollars));
    }
    List<String> teamTitles = SimulationSections.teamTitles();
    Html.table(out, "Teams", teamTitles, SimulationSections.numeric(1, teamTitles.size()), teams);
    List<List<String>> developers = new ArrayList<>();
    for (GroupResult d : r.developers()) {
      developers.add(SimulationSections.developerRow(d, Numbers::dollars));
    }
    Html.table(
        out,
        "Developers",
        SimulationSections.developerTitles(),
        SimulationSections.numeric(2, SimulationSections.developerTitles().size()),
        developers);
    List<SessionResult> notable = SimulationSections.notableSessions(r);
    List<List<String>> sessions = new ArrayList<>();
    for (SessionResult s :
        notable.subList(0, Math.min(notable.size(), SimulationSections.SHOWN_SESSIONS))) {
      sessions.add(SimulationSections.fullSessionRow(s, r));
    }
    Html.table(
        out,
        "Sessions paused or downgraded",
        SimulationSections.fullSessionTitles(),
        SimulationSections.fullSessionNumeric(),
        sessions);
    String more = SimulationSections.moreSessions(sessions.size(), notable.size());
    if (more != null) {
      out.write("<p>" + Html.esc(more) + "</p>\n");
    }
    Html.end(out);
  }
}
