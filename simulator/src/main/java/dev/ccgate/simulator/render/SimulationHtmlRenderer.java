package dev.ccgate.simulator.render;

import dev.ccgate.kernel.Percent;
import dev.ccgate.policy.Stage;
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
  private static final String STYLE =
      "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#1a202c;max-width:60em}"
          + "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}"
          + "dt{font-weight:600}dd{margin:0}table{border-collapse:collapse;margin:.5em 0 1.5em}"
          + "th,td{padding:.2em .6em;border-bottom:1px solid #e2e8f0;text-align:left}"
          + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".notes li{color:#9c4221}svg{display:block;margin:.5em 0 1.5em}"
          + "svg text{font:11px system-ui,sans-serif;fill:#4a5568}";

  @Override
  public void render(SimulationReport r, Writer out) throws IOException {
    String title = SimulationSections.title(r);
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.write("<title>" + esc(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
    out.write("<h1>" + esc(title) + "</h1>\n");
    facts(out, SimulationSections.facts(r));
    List<String> notes = SimulationSections.notes(r);
    if (!notes.isEmpty()) {
      out.write("<ul class=\"notes\">\n");
      for (String n : notes) {
        out.write("<li>" + esc(n) + "</li>\n");
      }
      out.write("</ul>\n");
    }
    out.write("<h2>Summary</h2>\n");
    facts(out, SimulationSections.summary(r));
    out.write("<h2>Teams, day by day</h2>\n");
    out.write(
        "<p>Bars: projected spend since the budget period began, at the end of each day (pale:"
            + " as logged). Dashed lines: the stages of the team's budget.</p>\n");
    for (TeamChart c : r.charts()) {
      TeamSvg.write(out, c);
    }
    List<List<String>> teams = new ArrayList<>();
    for (GroupResult t : r.teams()) {
      teams.add(SimulationSections.teamRow(t, Numbers::dollars));
    }
    List<String> teamTitles = SimulationSections.teamTitles();
    table(out, "Teams", teamTitles, SimulationSections.numeric(1, teamTitles.size()), teams);
    List<List<String>> developers = new ArrayList<>();
    for (GroupResult d : r.developers()) {
      developers.add(SimulationSections.developerRow(d, Numbers::dollars));
    }
    table(
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
    table(
        out,
        "Sessions paused or downgraded",
        SimulationSections.fullSessionTitles(),
        SimulationSections.fullSessionNumeric(),
        sessions);
    String more = SimulationSections.moreSessions(sessions.size(), notable.size());
    if (more != null) {
      out.write("<p>" + esc(more) + "</p>\n");
    }
    out.write("</body>\n</html>\n");
  }

  private static void facts(Writer out, List<ReportHeader.Fact> facts) throws IOException {
    out.write("<dl>\n");
    for (ReportHeader.Fact f : facts) {
      out.write("<dt>" + esc(f.label()) + "</dt><dd>" + esc(f.value()) + "</dd>\n");
    }
    out.write("</dl>\n");
  }

  private static void table(
      Writer out,
      String heading,
      List<String> titles,
      List<Boolean> numeric,
      List<List<String>> rows)
      throws IOException {
    out.write("<h2>" + esc(heading) + "</h2>\n");
    if (rows.isEmpty()) {
      out.write("<p>None.</p>\n");
      return;
    }
    out.write("<table>\n<tr>");
    for (int i = 0; i < titles.size(); i++) {
      out.write(cell("th", numeric.get(i), titles.get(i)));
    }
    out.write("</tr>\n");
    for (List<String> row : rows) {
      out.write("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.write(cell("td", numeric.get(i), row.get(i)));
      }
      out.write("</tr>\n");
    }
    out.write("</table>\n");
  }

  private static String cell(String tag, boolean numeric, String text) {
    return "<" + tag + (numeric ? " class=\"n\"" : "") + ">" + esc(text) + "</" + tag + ">";
  }

  /** Text safe in element content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }

  /** One team's chart as inline SVG. */
  private static final class TeamSvg {
    private static final int WIDTH = 720;
    private static final int HEIGHT = 200;
    private static final int LEFT = 70;
    private static final int RIGHT = 90; // room for the stage labels
    private static final int TOP = 10;
    private static final int BOTTOM = 24;

    static void write(Writer out, TeamChart c) throws IOException {
      String heading =
          c.team()
              + (c.limitMicros() > 0
                  ? ": " + c.period().key() + " budget " + Numbers.dollars(c.limitMicros())
                  : ": no budget");
      out.write("<h3>" + esc(heading) + "</h3>\n");
      if (c.days().isEmpty()) {
        out.write("<p>No requests.</p>\n");
        return;
      }
      long top = 1;
      for (TeamChart.Day d : c.days()) {
        top = Math.max(top, Math.max(d.periodActualMicros(), d.periodProjectedMicros()));
      }
      for (Stage s : c.stages()) {
        top = Math.max(top, c.limitMicros() * s.atBasisPoints() / 10_000);
      }
      top = top + top / 20; // headroom above the highest bar or line
      double plotW = WIDTH - LEFT - RIGHT;
      double plotH = HEIGHT - TOP - BOTTOM;
      double slot = plotW / c.days().size();
      out.write(
          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\""
              + WIDTH
              + "\" height=\""
              + HEIGHT
              + "\" role=\"img\"><title>"
              + esc(heading)
              + "</title>\n");
      line(out, LEFT, TOP + plotH, LEFT + plotW, TOP + plotH, "#a0aec0", false);
      label(out, LEFT - 6, TOP + plotH + 4, "end", "$0");
      label(out, LEFT - 6, TOP + 10, "end", Numbers.wholeDollars(top));
      for (int i = 0; i < c.days().size(); i++) {
        TeamChart.Day d = c.days().get(i);
        double x = LEFT + i * slot;
        bar(out, x + slot * 0.1, slot * 0.8, height(d.periodActualMicros(), top, plotH), "#cbd5e0");
        bar(
            out,
            x + slot * 0.25,
            slot * 0.5,
            height(d.periodProjectedMicros(), top, plotH),
            "#2b6cb0");
      }
      int last = c.days().size() - 1;
      label(out, LEFT, HEIGHT - 6, "start", c.days().get(0).day().toString());
      label(out, LEFT + plotW, HEIGHT - 6, "end", c.days().get(last).day().toString());
      for (Stage s : c.stages()) {
        long at = c.limitMicros() * s.atBasisPoints() / 10_000;
        double y = TOP + plotH - height(at, top, plotH);
        line(out, LEFT, y, LEFT + plotW, y, stageColour(s), true);
        label(
            out,
            LEFT + plotW + 4,
            y + 4,
            "start",
            s.action().key() + " " + Percent.format(s.atBasisPoints()));
      }
      out.write("</svg>\n");
    }

    private static double height(long micros, long top, double plotH) {
      return plotH * micros / top;
    }

    private static String stageColour(Stage s) {
      return switch (s.action()) {
        case ALERT -> "#d69e2e";
        case DOWNGRADE -> "#dd6b20";
        case PAUSE -> "#c53030";
      };
    }

    private static void bar(Writer out, double x, double w, double h, String fill)
        throws IOException {
      if (h <= 0) {
        return;
      }
      out.write(
          "<rect x=\""
              + n(x)
              + "\" y=\""
              + n(TOP + (HEIGHT - TOP - BOTTOM) - h)
              + "\" width=\""
              + n(w)
              + "\" height=\""
              + n(h)
              + "\" fill=\""
              + fill
              + "\"/>\n");
    }

    private static void line(
        Writer out, double x1, double y1, double x2, double y2, String colour, boolean dashed)
        throws IOException {
      out.write(
          "<line x1=\""
              + n(x1)
              + "\" y1=\""
              + n(y1)
              + "\" x2=\""
              + n(x2)
              + "\" y2=\""
              + n(y2)
              + "\" stroke=\""
              + colour
              + "\""
              + (dashed ? " stroke-dasharray=\"5 3\"" : "")
              + "/>\n");
    }

    private static void label(Writer out, double x, double y, String anchor, String text)
        throws IOException {
      out.write(
          "<text x=\""
              + n(x)
              + "\" y=\""
              + n(y)
              + "\" text-anchor=\""
              + anchor
              + "\">"
              + esc(text)
              + "</text>\n");
    }

    private static String n(double v) {
      return String.format(java.util.Locale.ROOT, "%.1f", v);
    }
  }
}
