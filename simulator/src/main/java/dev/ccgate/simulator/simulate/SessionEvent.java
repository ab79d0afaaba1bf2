package dev.ccgate.simulator.simulate;

import java.time.Instant;
import java.util.Objects;

/**
 * The first event of a kind in a session: a pause, a rejection, a move to a cheaper model, or an
 * alert its request set off.
 *
 * @param kind {@code reject}, {@code pause}, {@code downgrade}, {@code route} or {@code alert}
 * @param model the model used, or null for a refused request or an alert
 * @param text why, from the kernel's reasons ({@code Reason.describe()}) or the crossing
 */
public record SessionEvent(Instant time, String kind, String model, String text) {
  /** Validates the event. */
  public SessionEvent {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(text, "text");
  }
}
