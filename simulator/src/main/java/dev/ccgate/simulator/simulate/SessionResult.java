package dev.ccgate.simulator.simulate;

import java.time.Instant;

/**
 * One session's replay, over the requests the report's filters keep.
 *
 * @param team the team its first request was charged to ("-" when rejected)
 * @param firstEvent the first event of the kind that set the outcome, or null when clean
 */
public record SessionResult(
    String session,
    String developer,
    String team,
    Instant start,
    Instant end,
    long requests,
    long actualMicros,
    long projectedMicros,
    long requestsMoved,
    long requestsRefused,
    long alerts,
    SessionOutcome outcome,
    SessionEvent firstEvent) {

  /** Actual minus projected spend. */
  public long savingsMicros() {
    return actualMicros - projectedMicros;
  }
}
