package dev.ccgate.simulator.diff;

import dev.ccgate.simulator.simulate.SessionResult;
import java.time.Instant;

/**
 * One session the two policies treated differently. A side is null when that policy's report left
 * the session out (a {@code --team} filter, and the policies put its developer in different teams).
 */
public record SessionChange(String session, SessionResult oldSession, SessionResult newSession) {
  /** Validates the change. */
  public SessionChange {
    if (oldSession == null && newSession == null) {
      throw new IllegalArgumentException(session + ": a change needs at least one side");
    }
  }

  /** The side present, the new one when both are. */
  public SessionResult either() {
    return newSession != null ? newSession : oldSession;
  }

  /** When the session started. */
  public Instant start() {
    return either().start();
  }

  /** Projected spend under the old policy (0 when its report left the session out). */
  public long oldProjectedMicros() {
    return oldSession == null ? 0 : oldSession.projectedMicros();
  }

  /** Projected spend under the new policy (0 when its report left the session out). */
  public long newProjectedMicros() {
    return newSession == null ? 0 : newSession.projectedMicros();
  }

  /** New minus old projected spend. */
  public long changeMicros() {
    return newProjectedMicros() - oldProjectedMicros();
  }

  /** Whether two results of one session differ in anything a policy decides. */
  static boolean differ(SessionResult a, SessionResult b) {
    return a.outcome() != b.outcome()
        || a.projectedMicros() != b.projectedMicros()
        || a.requestsMoved() != b.requestsMoved()
        || a.requestsRefused() != b.requestsRefused()
        || a.alerts() != b.alerts()
        || !a.team().equals(b.team());
  }
}
