package dev.ccgate.simulator.render;

import dev.ccgate.kernel.Percent;
import dev.ccgate.policy.Stage;
import dev.ccgate.simulator.simulate.TeamChart;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A team's chart: a bar per day of its projected spend since its budget period began (as logged,
 * pale, behind it), against dashed lines at the stages of that budget.
 */
final class TeamChartSvg {
  private static final double LABEL_GAP = 12; // pixels between two stage labels' baselines

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
    // Highest stage first, so each label can be pushed below the one above it when lines are
    // close (80 %, 95 % and 110 % of a budget are a few pixels apart).
    List<Stage> stages = new ArrayList<>(c.stages());
    stages.sort(Comparator.comparingInt(Stage::atBasisPoints).reversed());
    double labelY = Double.NEGATIVE_INFINITY;
    for (Stage s : stages) {
      double y = svg.y(threshold(c, s));
      svg.line(Svg.LEFT, y, Svg.LEFT + Svg.PLOT_W, y, colour(s), true);
      labelY = Math.max(y + 4, labelY + LABEL_GAP);
      svg.text(
          Svg.LEFT + Svg.PLOT_W + 4,
          labelY,
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
