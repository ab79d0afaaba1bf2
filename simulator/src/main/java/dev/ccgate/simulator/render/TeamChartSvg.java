package dev.ccgate.simulator.render;

import dev.ccgate.kernel.Percent;
import dev.ccgate.policy.Stage;
import dev.ccgate.simulator.simulate.TeamChart;
import java.io.IOException;
import java.io.Writer;

/**
 * A team's chart: a bar per day of its projected spend since its budget period began (as logged,
 * pale, behind it), against dashed lines at the stages of that budget.
 */
final class TeamChartSvg {
  private TeamChartSvg() {}

  static void write(Writer out, TeamChart c) throws IOException {
    String heading =
        c.team()
            + (c.limitMicros() > 0
                ? ": " + c.period().key() + " budget " + Numbers.dollars(c.limitMicros())
                : ": no budget");
    out.write("<h3>" + Html.esc(heading) + "</h3>\n");
    if (c.days().isEmpty()) {
      out.write("<p>No requests.</p>\n");
      return;
    }
    long highest = 0;
    for (TeamChart.Day d : c.days()) {
      highest = Math.max(highest, Math.max(d.periodActualMicros(), d.periodProjectedMicros()));
    }
    for (Stage s : c.stages()) {
      highest = Math.max(highest, threshold(c, s));
    }
    Svg svg = Svg.start(out, heading, highest);
    double slot = Svg.PLOT_W / c.days().size();
    for (int i = 0; i < c.days().size(); i++) {
      TeamChart.Day d = c.days().get(i);
      double x = Svg.LEFT + i * slot;
      svg.bar(x + slot * 0.1, slot * 0.8, d.periodActualMicros(), "#cbd5e0");
      svg.bar(x + slot * 0.25, slot * 0.5, d.periodProjectedMicros(), "#2b6cb0");
    }
    int last = c.days().size() - 1;
    svg.text(Svg.LEFT, Svg.HEIGHT - 6, "start", c.days().get(0).day().toString());
    svg.text(Svg.LEFT + Svg.PLOT_W, Svg.HEIGHT - 6, "end", c.days().get(last).day().toString());
    for (Stage s : c.stages()) {
      double y = svg.y(threshold(c, s));
      svg.line(Svg.LEFT, y, Svg.LEFT + Svg.PLOT_W, y, colour(s), true);
      svg.text(
          Svg.LEFT + Svg.PLOT_W + 4,
          y + 4,
          "start",
          s.action().key() + " " + Percent.format(s.atBasisPoints()));
    }
    svg.end();
  }

  private static long threshold(TeamChart c, Stage s) {
    return c.limitMicros() * s.atBasisPoints() / 10_000;
  }

  /** Alert, downgrade and pause in rising warmth. */
  static String colour(Stage s) {
    return switch (s.action()) {
      case ALERT -> "#d69e2e";
      case DOWNGRADE -> "#dd6b20";
      case PAUSE -> "#c53030";
    };
  }
}
