package dev.ccgate.simulator.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a report groups by: an optional period and any dimensions, in order ({@code --by day,team}).
 *
 * @param period the calendar period, or null for one row per key over the whole range
 */
public record Grouping(ReportPeriod period, List<Dimension> dimensions) {
  /** Copies the dimensions. */
  public Grouping {
    dimensions = List.copyOf(dimensions);
  }

  /** Parses {@code day|week|month} and/or {@code developer|team|model|session}, comma-separated. */
  public static Grouping parse(String spec) {
    ReportPeriod period = null;
    List<Dimension> dims = new ArrayList<>();
    for (String raw : spec.split(",", -1)) {
      String part = raw.trim().toLowerCase(Locale.ROOT);
      switch (part) {
        case "day", "daily" -> period = setOnce(period, ReportPeriod.DAY, spec);
        case "week", "weekly" -> period = setOnce(period, ReportPeriod.WEEK, spec);
        case "month", "monthly" -> period = setOnce(period, ReportPeriod.MONTH, spec);
        case "developer", "team", "model", "session" -> {
          Dimension d = Dimension.valueOf(part.toUpperCase(Locale.ROOT));
          if (dims.contains(d)) {
            throw new IllegalArgumentException("--by names '" + part + "' twice");
          }
          dims.add(d);
        }
        default ->
            throw new IllegalArgumentException(
                "--by: unknown grouping '"
                    + raw.trim()
                    + "' (use day|week|month and developer|team|model|session)");
      }
    }
    return new Grouping(period, dims);
  }

  private static ReportPeriod setOnce(ReportPeriod was, ReportPeriod now, String spec) {
    if (was != null) {
      throw new IllegalArgumentException("--by " + spec + ": name one period at most");
    }
    return now;
  }

  /** The spelling {@link #parse} reads back, e.g. {@code day,team}. */
  public String spec() {
    List<String> parts = new ArrayList<>();
    if (period != null) {
      parts.add(period.name().toLowerCase(Locale.ROOT));
    }
    dimensions.forEach(d -> parts.add(d.id()));
    return String.join(",", parts);
  }
}
