package dev.ccgate.simulator.generate;

import java.util.Locale;

/** The formats {@code ccgate generate} writes; {@link #id()} is the {@code --format} name. */
public enum GenerateFormat {
  /** Claude Code transcript trees, one per developer, with their duplicate lines. */
  TRANSCRIPTS("transcripts"),
  /** Claude Code OpenTelemetry logs as OTLP JSON lines. */
  OTEL("otel"),
  /** The generic CSV, one row per API call. */
  CSV("csv");

  private final String id;

  GenerateFormat(String id) {
    this.id = id;
  }

  /** The name used on the command line. */
  public String id() {
    return id;
  }

  /** The format named {@code id} (case-insensitive; {@code transcript} works too). */
  public static GenerateFormat of(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (GenerateFormat f : values()) {
      if (f.id.equals(wanted) || (f == TRANSCRIPTS && wanted.equals("transcript"))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown format '" + id + "' (expected transcripts, otel or csv)");
  }
}
