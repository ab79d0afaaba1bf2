package dev.ccgate.simulator.diff;

import dev.ccgate.simulator.simulate.GroupResult;

/**
 * One team or developer under the old and the new policy. A side is null when that policy put no
 * request there: a developer the new policy moves to another team leaves the old team's group and
 * joins the new one's, so team rows need not pair up.
 *
 * @param id the team or developer
 */
public record GroupChange(String id, GroupResult oldGroup, GroupResult newGroup) {
  /** Validates the change. */
  public GroupChange {
    if (oldGroup == null && newGroup == null) {
      throw new IllegalArgumentException(id + ": a change needs at least one side");
    }
  }

  /** Projected spend under the old policy (0 when it put nobody here). */
  public long oldProjectedMicros() {
    return oldGroup == null ? 0 : oldGroup.projectedMicros();
  }

  /** Projected spend under the new policy (0 when it put nobody here). */
  public long newProjectedMicros() {
    return newGroup == null ? 0 : newGroup.projectedMicros();
  }

  /** New minus old projected spend: negative when the new policy spends less. */
  public long changeMicros() {
    return newProjectedMicros() - oldProjectedMicros();
  }

  /** What the traffic cost as logged, from whichever side has it (the new one when both do). */
  public long actualMicros() {
    return newGroup != null ? newGroup.actualMicros() : oldGroup.actualMicros();
  }

  /**
   * Whether the two policies treated this group differently: spend, requests moved or refused,
   * sessions paused, alerts, or which policy has it at all.
   */
  public boolean changed() {
    if (oldGroup == null || newGroup == null) {
      return true;
    }
    return oldGroup.projectedMicros() != newGroup.projectedMicros()
        || oldGroup.actualMicros() != newGroup.actualMicros()
        || moved(oldGroup) != moved(newGroup)
        || refused(oldGroup) != refused(newGroup)
        || oldGroup.sessionsAlerted() != newGroup.sessionsAlerted()
        || oldGroup.sessionsDowngraded() != newGroup.sessionsDowngraded()
        || oldGroup.sessionsPaused() != newGroup.sessionsPaused()
        || oldGroup.alerts() != newGroup.alerts();
  }

  /** Requests sent to another model: downgraded by a stage or sub-wallet, or rerouted. */
  public static long moved(GroupResult g) {
    return g == null ? 0 : g.requestsDowngraded() + g.requestsRerouted();
  }

  /** Requests refused: paused or rejected. */
  public static long refused(GroupResult g) {
    return g == null ? 0 : g.requestsPaused() + g.requestsRejected();
  }
}
