package dev.ccgate.simulator.render;

import java.util.Locale;

/** The {@code --format} choices of a report. */
public enum ReportFormat {
  TABLE,
  JSON,
  CSV,
  MD,
  /** One self-contained HTML file with charts: {@code simulate} only. */
  HTML;

  /** The renderer of this format; {@code width} is the table's column budget. */
  public ReportRenderer renderer(int width) {
    return switch (this) {
      case TABLE -> new TableRenderer(width);
      case JSON -> new JsonRenderer();
      case CSV -> new CsvRenderer();
      case MD -> new MarkdownRenderer();
      case HTML -> throw onlyForSimulate();
    };
  }

  /**
   * The simulation renderer of this format; {@code width} is the table's column budget, {@code
   * table} the one table CSV writes.
   */
  public SimulationRenderer simulationRenderer(int width, SimulationTable table) {
    return switch (this) {
      case TABLE -> new SimulationTableRenderer(width);
      case JSON -> new SimulationJsonRenderer();
      case CSV -> new SimulationCsvRenderer(table);
      case MD -> new SimulationMarkdownRenderer();
      case HTML -> new SimulationHtmlRenderer();
    };
  }

  /**
   * The comparison renderer of this format; {@code width} is the table's column budget, {@code
   * table} the one table CSV writes (there is no alerts table).
   */
  public DiffRenderer diffRenderer(int width, SimulationTable table) {
    return switch (this) {
      case TABLE -> new DiffTableRenderer(width);
      case JSON -> new DiffJsonRenderer();
      case CSV -> new DiffCsvRenderer(table);
      case MD -> new DiffMarkdownRenderer();
      case HTML -> throw onlyForSimulate();
    };
  }

  /** The sweep renderer of this format; {@code width} is the table's column budget. */
  public SweepRenderer sweepRenderer(int width) {
    return switch (this) {
      case TABLE -> new SweepTextRenderer(width, false);
      case JSON -> new SweepJsonRenderer();
      case CSV -> new SweepCsvRenderer();
      case MD -> new SweepTextRenderer(width, true);
      case HTML -> throw onlyForSimulate();
    };
  }

  /** The {@code --explain} renderer as HTML ({@code --format html}). */
  public static ExplainHtmlRenderer explainHtmlRenderer() {
    return new ExplainHtmlRenderer();
  }

  /** The {@code --explain} renderer as text, fitting {@code width} columns. */
  public static ExplainRenderer explainRenderer(int width) {
    return new ExplainRenderer(width);
  }

  /** Whether only {@code ccgate simulate} writes this format. */
  public boolean simulateOnly() {
    return this == HTML;
  }

  private static IllegalArgumentException onlyForSimulate() {
    return new IllegalArgumentException("--format html is for ccgate simulate");
  }

  /** The format named {@code name} ({@code table|json|csv|md|html}, {@code markdown} too). */
  public static ReportFormat of(String name) {
    String n = name.trim().toLowerCase(Locale.ROOT);
    if (n.equals("markdown")) {
      return MD;
    }
    for (ReportFormat f : values()) {
      if (f.name().toLowerCase(Locale.ROOT).equals(n)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + name + "' (use table|json|csv|md, or html for simulate)");
  }
}
