package dev.ccgate.kernel;

import java.util.List;

/**
 * What settling a request did.
 *
 * @param costMicros the cost under the decision (0 when refused)
 * @param originalCostMicros what the request would have cost as asked
 * @param crossings the stages crossed, in path order then ascending threshold
 */
public record Settlement(long costMicros, long originalCostMicros, List<StageCrossed> crossings) {
  /** Copies the crossings. */
  public Settlement {
    crossings = List.copyOf(crossings);
  }
}
