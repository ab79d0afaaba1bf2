package dev.ccgate.simulator.render;

import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.ModelCount;
import dev.ccgate.simulator.load.Rejection;
import dev.ccgate.simulator.report.SpendReport;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The facts above a text report's table: inputs, the load's accounting, range, warnings. */
final class ReportHeader {
  /** One labelled fact. */
  record Fact(String label, String value) {}

  private ReportHeader() {}

  static String title(SpendReport r) {
    String by = r.by().spec();
    return "ccgate report: spend" + (by.isEmpty() ? "" : " by " + by);
  }

  static List<Fact> facts(SpendReport r) {
    List<Fact> out = new ArrayList<>(loadFacts(r.load(), r.zone()));
    String filters = filters(r.from(), r.to(), r.teams(), r.developers());
    if (!filters.isEmpty()) {
      out.add(new Fact("filter", filters));
    }
    out.add(
        new Fact(
            "pricing",
            "prices as of "
                + r.pricesAsOf()
                + (r.policy() == null ? " (built-in table)" : " (policy " + r.policy() + ")")));
    return out;
  }

  /**
   * The load's accounting: inputs, what became of every line, and the time range in {@code zone}.
   */
  static List<Fact> loadFacts(LoadReport l, ZoneId zone) {
    List<Fact> out = new ArrayList<>();
    StringBuilder formats = new StringBuilder();
    for (Map.Entry<String, Long> e : l.filesByFormat().entrySet()) {
      formats.append(formats.length() == 0 ? "" : ", ").append(e.getKey()).append(' ');
      formats.append(Numbers.grouped(e.getValue()));
    }
    out.add(
        new Fact(
            "inputs",
            String.join(" ", l.inputs())
                + " ("
                + Numbers.grouped(l.files())
                + " files"
                + (formats.length() == 0 ? "" : ": " + formats)
                + (l.reused() ? "; database reused" : "")
                + ")"));
    out.add(
        new Fact(
            "lines",
            Numbers.grouped(l.linesRead())
                + " read, "
                + Numbers.grouped(l.requests())
                + " requests used, "
                + Numbers.grouped(l.duplicates())
                + " duplicates dropped, "
                + Numbers.grouped(l.rejected())
                + " rejected"));
    out.add(
        new Fact(
            "range",
            Numbers.minute(l.first(), zone)
                + " to "
                + Numbers.minute(l.last(), zone)
                + " ("
                + zone.getId()
                + ")"));
    return out;
  }

  /** Warnings, skipped files, unknown models and the first rejected lines, one per line. */
  static List<String> notes(SpendReport r) {
    List<String> out = new ArrayList<>();
    for (ModelCount m : r.load().unknownModels()) {
      out.add(m.describe());
    }
    out.addAll(loadNotes(r.load(), r.warnings()));
    return out;
  }

  /** Skipped files, then {@code warnings}, then the first rejected lines and how many more. */
  static List<String> loadNotes(LoadReport l, List<String> warnings) {
    List<String> out = new ArrayList<>();
    for (String s : l.skippedFiles()) {
      out.add("skipped " + s);
    }
    out.addAll(warnings);
    for (Rejection rej : l.rejections()) {
      out.add("rejected " + rej);
    }
    if (l.rejected() > l.rejections().size()) {
      out.add(
          "rejected: "
              + Numbers.grouped(l.rejected() - l.rejections().size())
              + " more lines not listed");
    }
    return out;
  }

  /** Writes facts as {@code label value} lines, values aligned (labels pad to 8 or more). */
  static void writeFacts(Writer out, List<Fact> facts) throws IOException {
    writeFacts(out, facts, Integer.MAX_VALUE);
  }

  /** As {@link #writeFacts(Writer, List)}, values wrapped at {@code width} under themselves. */
  static void writeFacts(Writer out, List<Fact> facts, int width) throws IOException {
    int labels = 8;
    for (Fact f : facts) {
      labels = Math.max(labels, f.label().length());
    }
    String indent = " ".repeat(labels + 3);
    for (Fact f : facts) {
      String prefix = "  " + f.label() + " ".repeat(labels - f.label().length() + 1);
      TextWrap.write(out, prefix, f.value(), indent, width);
    }
  }

  /** Writes notes as {@code ! note} lines. */
  static void writeNotes(Writer out, List<String> notes) throws IOException {
    writeNotes(out, notes, Integer.MAX_VALUE);
  }

  /** As {@link #writeNotes(Writer, List)}, each note wrapped at {@code width}. */
  static void writeNotes(Writer out, List<String> notes, int width) throws IOException {
    for (String note : notes) {
      TextWrap.write(out, "  ! ", note, "    ", width);
    }
  }

  /** The report filters as one line, or "" when there are none. */
  static String filters(LocalDate from, LocalDate to, List<String> teams, List<String> developers) {
    List<String> parts = new ArrayList<>();
    if (from != null) {
      parts.add("from " + from);
    }
    if (to != null) {
      parts.add("to " + to);
    }
    if (!teams.isEmpty()) {
      parts.add("team " + String.join(",", teams));
    }
    if (!developers.isEmpty()) {
      parts.add("developer " + String.join(",", developers));
    }
    return String.join(", ", parts);
  }
}
