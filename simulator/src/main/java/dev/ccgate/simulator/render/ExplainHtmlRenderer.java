package dev.ccgate.simulator.render;

import dev.ccgate.kernel.Action;
import dev.ccgate.simulator.simulate.ExplainedTurn;
import dev.ccgate.simulator.simulate.SessionExplanation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --explain SESSION --format html}: the session as one self-contained HTML file, a timeline
 * of its spend (as logged and under the policy, turn by turn, each turn a dot coloured by the
 * decision), then the text view's turn table with each turn's details in a last column.
 */
public final class ExplainHtmlRenderer {
  ExplainHtmlRenderer() {}

  /** Writes {@code e} to {@code out}. */
  public void render(SessionExplanation e, Writer out) throws IOException {
    String title = "ccgate simulate: session " + e.session();
    Html.start(out, title);
    Html.facts(out, ExplainRenderer.facts(e));
    out.write(
        "<p>Spend so far, turn by turn: grey as logged, blue under the policy; each dot is a"
            + " turn, coloured by the decision (blue allowed, orange downgraded or rerouted, red"
            + " paused or rejected).</p>\n");
    timeline(out, e);
    List<ExplainedTurn> turns = e.turns();
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < turns.size(); i++) {
      List<String> row = new ArrayList<>(ExplainRenderer.row(i + 1, turns.get(i), e));
      List<String> details = new ArrayList<>();
      for (ExplainRenderer.Detail d : ExplainRenderer.details(turns.get(i))) {
        details.add(d.label().trim() + ": " + d.text());
      }
      row.add(String.join("; ", details));
      rows.add(row);
    }
    List<String> titles = new ArrayList<>(ExplainRenderer.TITLES);
    titles.add("details");
    List<Boolean> numeric = new ArrayList<>(ExplainRenderer.NUMERIC);
    numeric.add(false);
    Html.table(out, "Turns", titles, numeric, rows);
    Html.end(out);
  }

  private static void timeline(Writer out, SessionExplanation e) throws IOException {
    List<ExplainedTurn> turns = e.turns();
    long actual = turns.stream().mapToLong(ExplainedTurn::actualMicros).sum();
    long projected = turns.stream().mapToLong(ExplainedTurn::projectedMicros).sum();
    Svg svg = Svg.start(out, "spend of session " + e.session(), Math.max(actual, projected));
    long first = turns.get(0).time().toEpochMilli();
    long span = Math.max(1, turns.get(turns.size() - 1).time().toEpochMilli() - first);
    // Steps: flat until a turn, then up by its cost; a dot where each turn leaves the policy line.
    double[] logged = new double[turns.size() * 4 + 2];
    double[] policy = new double[turns.size() * 4 + 2];
    double[] dotX = new double[turns.size()];
    double[] dotY = new double[turns.size()];
    logged[0] = policy[0] = Svg.LEFT;
    logged[1] = policy[1] = svg.y(0);
    actual = 0;
    projected = 0;
    for (int i = 0; i < turns.size(); i++) {
      ExplainedTurn t = turns.get(i);
      double x = Svg.LEFT + Svg.PLOT_W * (t.time().toEpochMilli() - first) / span;
      int k = 2 + i * 4;
      logged[k] = policy[k] = x;
      logged[k + 1] = svg.y(actual);
      policy[k + 1] = svg.y(projected);
      actual += t.actualMicros();
      projected += t.projectedMicros();
      logged[k + 2] = policy[k + 2] = x;
      logged[k + 3] = svg.y(actual);
      policy[k + 3] = svg.y(projected);
      dotX[i] = x;
      dotY[i] = policy[k + 3];
    }
    svg.polyline(logged, "#a0aec0");
    svg.polyline(policy, "#2b6cb0");
    for (int i = 0; i < turns.size(); i++) {
      ExplainedTurn t = turns.get(i);
      svg.circle(
          dotX[i],
          dotY[i],
          colour(t.action()),
          "#" + (i + 1) + " " + Numbers.second(t.time(), e.zone()) + " " + t.action().name());
    }
    svg.text(Svg.LEFT, Svg.HEIGHT - 6, "start", Numbers.minute(turns.get(0).time(), e.zone()));
    svg.text(
        Svg.LEFT + Svg.PLOT_W,
        Svg.HEIGHT - 6,
        "end",
        Numbers.minute(turns.get(turns.size() - 1).time(), e.zone()));
    svg.end();
  }

  private static String colour(Action a) {
    return switch (a) {
      case ALLOW -> "#2b6cb0";
      case DOWNGRADE, ROUTE -> "#dd6b20";
      case PAUSE, REJECT -> "#c53030";
    };
  }
}
