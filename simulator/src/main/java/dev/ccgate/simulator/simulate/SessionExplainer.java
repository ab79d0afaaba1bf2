package dev.ccgate.simulator.simulate;

import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Percent;
import dev.ccgate.kernel.StageCrossed;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.kernel.WalletPath;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.replay.Turn;
import dev.ccgate.simulator.replay.TurnSink;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/** {@code --explain SESSION}: keeps every turn of one session as the replay decides it. */
public final class SessionExplainer implements TurnSink {
  private final String session;
  private final List<ExplainedTurn> turns = new ArrayList<>();
  private String developer;
  private String team;

  /** Keeps the turns of {@code session}. */
  public SessionExplainer(String session) {
    this.session = session;
  }

  @Override
  public void accept(Turn turn) {
    if (!turn.request().sessionId().equals(session)) {
      return;
    }
    Decision d = turn.decision();
    if (turns.isEmpty()) {
      developer = d.developer();
      team = d.team();
    }
    List<ExplainedTurn.WalletShare> wallets = new ArrayList<>();
    WalletPath path = d.path();
    if (path != null) {
      for (WalletId id : path.walletIds()) {
        wallets.add(
            new ExplainedTurn.WalletShare(
                id.key(), Percent.of(turn.spentBeforeMicros(id), path.limitMicros(id))));
      }
    }
    List<String> alerts = new ArrayList<>();
    for (StageCrossed c : turn.settlement().crossings()) {
      alerts.add(EventText.crossing(c));
    }
    turns.add(
        new ExplainedTurn(
            turn.time(),
            turn.request().model(),
            d.action().refuses() ? null : d.routedModel(),
            turn.loggedUsage(),
            turn.routedUsage(),
            turn.actualMicros(),
            turn.projectedMicros(),
            wallets,
            d.action(),
            EventText.described(d),
            alerts));
  }

  /** The explanation; throws when the traces have no such session. */
  public SessionExplanation explanation(String policy, ZoneId zone, CacheModel cacheModel) {
    if (turns.isEmpty()) {
      throw new IllegalArgumentException("--explain: no session '" + session + "' in the traces");
    }
    return new SessionExplanation(session, developer, team, policy, zone, cacheModel, turns);
  }
}
