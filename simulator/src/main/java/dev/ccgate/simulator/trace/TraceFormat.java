package dev.ccgate.simulator.trace;

import java.util.Locale;

/** The trace formats ccgate reads (SPEC section 6); {@link #id()} is the {@code --format} name. */
public enum TraceFormat {
  /** Claude Code session transcripts ({@code projects/<cwd>/<session>.jsonl}). */
  TRANSCRIPT("transcript"),
  /** Claude Code OpenTelemetry logs as OTLP JSON ({@code claude_code.api_request} records). */
  OTEL("otel"),
  /** Anthropic Admin API {@code usage_report/messages} JSON. */
  ADMIN("admin"),
  /** Amazon Bedrock model-invocation logs. */
  BEDROCK("bedrock"),
  /** LiteLLM proxy spend logs (a JSON array, JSON lines or a CSV export). */
  LITELLM("litellm"),
  /** ccgate's own decision log. */
  DECISIONS("decisions"),
  /** Any CSV with a header, columns mapped by name. */
  CSV("csv");

  private final String id;

  TraceFormat(String id) {
    this.id = id;
  }

  /** The name used on the command line, in the database and in reports. */
  public String id() {
    return id;
  }

  /** The format named {@code id} (case-insensitive); throws for an unknown name. */
  public static TraceFormat of(String id) {
    String wanted = id.trim().toLowerCase(Locale.ROOT);
    for (TraceFormat f : values()) {
      if (f.id.equals(wanted)) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "unknown trace format '"
            + id
            + "' (known: transcript, otel, admin, bedrock, litellm,"
            + " decisions, csv)");
  }
}
