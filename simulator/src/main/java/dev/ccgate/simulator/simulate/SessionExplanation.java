package dev.ccgate.simulator.simulate;

import dev.ccgate.simulator.replay.CacheModel;
import java.time.ZoneId;
import java.util.List;

/**
 * {@code --explain SESSION}: one session's requests, turn by turn, as the replay decided them.
 *
 * @param developer the developer of the first turn
 * @param team the team of the first turn, or null when it was rejected
 */
public record SessionExplanation(
    String session,
    String developer,
    String team,
    String policy,
    ZoneId zone,
    CacheModel cacheModel,
    List<ExplainedTurn> turns) {

  /** Copies the turns. */
  public SessionExplanation {
    turns = List.copyOf(turns);
  }
}
