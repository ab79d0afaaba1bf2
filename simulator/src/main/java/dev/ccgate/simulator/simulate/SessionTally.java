package dev.ccgate.simulator.simulate;

import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.simulator.replay.Turn;
import java.time.Instant;

/** Running state of one session while the replay goes: sums, and its first event of each kind. */
final class SessionTally {
  final String session;
  final String developer;
  final String team;
  private final Instant start;
  private Instant end;
  private long requests;
  private long actual;
  private long projected;
  private long moved;
  private long refused;
  private long alerts;
  private SessionEvent firstReject;
  private SessionEvent firstPause;
  private SessionEvent firstMove;
  private SessionEvent firstAlert;

  SessionTally(String session, String developer, String team, Instant start) {
    this.session = session;
    this.developer = developer;
    this.team = team;
    this.start = start;
    this.end = start;
  }

  void add(Turn turn) {
    Decision d = turn.decision();
    end = turn.time();
    requests++;
    actual += turn.actualMicros();
    projected += turn.projectedMicros();
    Action a = d.action();
    switch (a) {
      case REJECT -> {
        refused++;
        if (firstReject == null) {
          firstReject = new SessionEvent(end, "reject", null, EventText.reasons(d));
        }
      }
      case PAUSE -> {
        refused++;
        if (firstPause == null) {
          firstPause = new SessionEvent(end, "pause", null, EventText.pause(d));
        }
      }
      case DOWNGRADE, ROUTE -> {
        moved++;
        if (firstMove == null) {
          firstMove =
              new SessionEvent(
                  end,
                  a == Action.ROUTE ? "route" : "downgrade",
                  d.routedModel(),
                  d.request().model() + " -> " + d.routedModel() + ": " + EventText.reasons(d));
        }
      }
      case ALLOW -> {}
    }
  }

  void alert(StageCrossed c) {
    alerts++;
    if (firstAlert == null) {
      firstAlert = new SessionEvent(c.time(), "alert", null, EventText.crossing(c));
    }
  }

  SessionOutcome outcome() {
    if (firstReject != null) {
      return SessionOutcome.REJECTED;
    }
    if (firstPause != null) {
      return SessionOutcome.PAUSED;
    }
    if (firstMove != null) {
      return SessionOutcome.DOWNGRADED;
    }
    return firstAlert != null ? SessionOutcome.ALERTED : SessionOutcome.CLEAN;
  }

  SessionResult result() {
    SessionOutcome outcome = outcome();
    SessionEvent first =
        switch (outcome) {
          case REJECTED -> firstReject;
          case PAUSED -> firstPause;
          case DOWNGRADED -> firstMove;
          case ALERTED -> firstAlert;
          case CLEAN -> null;
        };
    return new SessionResult(
        session, developer, team, start, end, requests, actual, projected, moved, refused, alerts,
        outcome, first);
  }
}
