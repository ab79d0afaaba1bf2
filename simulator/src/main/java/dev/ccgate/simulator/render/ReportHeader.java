package dev.ccgate.simulator.render;

import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.ModelCount;
import dev.ccgate.simulator.load.Rejection;
import dev.ccgate.simulator.report.SpendReport;
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
    LoadReport l = r.load();
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
            Numbers.minute(l.first(), r.zone())
                + " to "
                + Numbers.minute(l.last(), r.zone())
                + " ("
                + r.zone().getId()
                + ")"));
    String filters = filters(r);
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

  /** Warnings, skipped files, unknown models and the first rejected lines, one per line. */
  static List<String> notes(SpendReport r) {
    LoadReport l = r.load();
    List<String> out = new ArrayList<>();
    for (ModelCount m : l.unknownModels()) {
      out.add(
          "unknown model "
              + m.model()
              + ": "
              + Numbers.grouped(m.requests())
              + " requests priced as "
              + m.pricedAs());
    }
    for (String s : l.skippedFiles()) {
      out.add("skipped " + s);
    }
    out.addAll(r.warnings());
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

  private static String filters(SpendReport r) {
    List<String> parts = new ArrayList<>();
    if (r.from() != null) {
      parts.add("from " + r.from());
    }
    if (r.to() != null) {
      parts.add("to " + r.to());
    }
    if (!r.teams().isEmpty()) {
      parts.add("team " + String.join(",", r.teams()));
    }
    if (!r.developers().isEmpty()) {
      parts.add("developer " + String.join(",", r.developers()));
    }
    return String.join(", ", parts);
  }
}
