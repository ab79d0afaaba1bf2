package dev.ccgate.simulator.render;

import dev.ccgate.kernel.Percent;
import dev.ccgate.simulator.simulate.ExplainedTurn;
import dev.ccgate.simulator.simulate.SessionExplanation;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --explain SESSION} as text: one row per turn (time in the policy timezone, the model asked
 * and the model used, prompt and output tokens, cost as logged and under the policy, the decision),
 * and under it the spend of each wallet on its path before the request, the kernel's reasons, the
 * stages its spend crossed and the cache reads the projection charged as writes. A new local day
 * starts with a date line.
 */
public final class ExplainRenderer {
  private static final String DETAIL = "     ";

  /** The turn table's columns (also the HTML explanation's, before its details column). */
  static final List<String> TITLES =
      List.of("#", "time", "asked", "used", "prompt", "output", "actual", "projected", "decision");

  static final List<Boolean> NUMERIC =
      List.of(true, false, false, false, true, true, true, true, false);

  private final int width;

  ExplainRenderer(int width) {
    this.width = TableRenderer.budget(width);
  }

  /** Writes {@code e} to {@code out}. */
  public void render(SessionExplanation e, Writer out) throws IOException {
    List<ExplainedTurn> turns = e.turns();
    out.write("ccgate simulate: session " + e.session() + "\n");
    ReportHeader.writeFacts(out, facts(e), width);
    out.write("\n");
    List<List<String>> rows = new ArrayList<>();
    for (int i = 0; i < turns.size(); i++) {
      rows.add(row(i + 1, turns.get(i), e));
    }
    TextTable table = new TextTable(TITLES, NUMERIC, rows).fit(width);
    table.header(out);
    String day = null;
    for (int i = 0; i < turns.size(); i++) {
      ExplainedTurn t = turns.get(i);
      String today = Numbers.day(t.time(), e.zone());
      if (!today.equals(day)) {
        out.write(today + "\n");
        day = today;
      }
      table.row(out, rows.get(i));
      details(out, t);
    }
  }

  /** The session's developer, policy and turns, as the header of the text and HTML views. */
  static List<ReportHeader.Fact> facts(SessionExplanation e) {
    List<ExplainedTurn> turns = e.turns();
    long actual = turns.stream().mapToLong(ExplainedTurn::actualMicros).sum();
    long projected = turns.stream().mapToLong(ExplainedTurn::projectedMicros).sum();
    return List.of(
        new ReportHeader.Fact(
            "developer",
            e.developer() + (e.team() == null ? " (rejected)" : " (team " + e.team() + ")")),
        new ReportHeader.Fact(
            "policy",
            e.policy() + " (" + e.zone().getId() + "), cache model " + e.cacheModel().id()),
        new ReportHeader.Fact(
            "turns",
            Numbers.grouped(turns.size())
                + " from "
                + Numbers.minute(turns.get(0).time(), e.zone())
                + " to "
                + Numbers.minute(turns.get(turns.size() - 1).time(), e.zone())
                + ": "
                + Numbers.dollars(actual)
                + " actual, "
                + Numbers.dollars(projected)
                + " projected"));
  }

  /** One turn's row of {@link #TITLES}; {@code n} counts from 1. */
  static List<String> row(int n, ExplainedTurn t, SessionExplanation e) {
    return List.of(
        Integer.toString(n),
        Numbers.second(t.time(), e.zone()),
        t.askedModel(),
        t.routedModel() == null
            ? "-"
            : t.routedModel().equals(t.askedModel()) ? "=" : t.routedModel(),
        Numbers.compact(t.loggedUsage().promptTokens()),
        Numbers.compact(t.loggedUsage().outputTokens()),
        Numbers.dollarsFine(t.actualMicros()),
        Numbers.dollarsFine(t.projectedMicros()),
        t.action().name());
  }

  private void details(Writer out, ExplainedTurn t) throws IOException {
    for (Detail d : details(t)) {
      TextWrap.write(out, DETAIL + d.label(), d.text(), DETAIL + "        ", width);
    }
  }

  /** A line under a turn: {@code wallets}, {@code why}, {@code cache} or {@code alert}. */
  record Detail(String label, String text) {}

  /**
   * What is said under a turn: the wallets' spend before it, the kernel's reasons, the cache reads
   * charged as writes, the stages it crossed. Labels are padded to one width.
   */
  static List<Detail> details(ExplainedTurn t) {
    List<Detail> out = new ArrayList<>();
    List<String> wallets = new ArrayList<>();
    for (ExplainedTurn.WalletShare w : t.wallets()) {
      wallets.add(w.wallet() + " " + Percent.format(w.percentBasisPoints()));
    }
    if (!wallets.isEmpty()) {
      out.add(new Detail("wallets ", String.join(", ", wallets)));
    }
    for (String reason : t.reasons()) {
      out.add(new Detail("why     ", reason));
    }
    long rewritten = t.loggedUsage().cacheReadTokens() - t.routedUsage().cacheReadTokens();
    if (rewritten > 0) {
      out.add(
          new Detail(
              "cache   ",
              Numbers.grouped(rewritten)
                  + " cache-read tokens charged as writes on "
                  + t.routedModel()));
    }
    for (String alert : t.alerts()) {
      out.add(new Detail("alert   ", alert));
    }
    return out;
  }
}
