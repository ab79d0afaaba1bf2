package dev.ccgate.decision;

import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.Decision;
import dev.ccgate.kernel.Reason;
import dev.ccgate.kernel.Settlement;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One line of the decision log (SPEC section 4, "Decision record").
 *
 * @param sessionId "" when unknown
 * @param team null when the request was rejected before a team was known
 * @param usage the usage billed (for a refused request: what the trace or estimate says it would
 *     have used, or zero in the gateway, which never sent it)
 * @param usageEstimated true when output tokens were estimated (a stream that ended early)
 * @param costMicros the cost under the decision; 0 when refused
 * @param originalCostMicros what the request cost, or would have cost, as asked
 * @param source who wrote the line: {@code gateway} or {@code simulate}
 */
public record DecisionRecord(
    Instant time,
    String requestId,
    String sessionId,
    String developer,
    String team,
    String originalModel,
    String routedModel,
    Action action,
    List<Reason> reasons,
    Usage usage,
    boolean usageEstimated,
    long costMicros,
    long originalCostMicros,
    String source) {

  /** Validates the record. */
  public DecisionRecord {
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(requestId, "requestId");
    Objects.requireNonNull(sessionId, "sessionId");
    Objects.requireNonNull(developer, "developer");
    Objects.requireNonNull(originalModel, "originalModel");
    Objects.requireNonNull(routedModel, "routedModel");
    Objects.requireNonNull(action, "action");
    Objects.requireNonNull(usage, "usage");
    Objects.requireNonNull(source, "source");
    reasons = List.copyOf(reasons);
  }

  /** The record of a decided and settled request. */
  public static DecisionRecord of(
      Decision decision, Settlement settlement, Usage usage, boolean estimated, String source) {
    return new DecisionRecord(
        decision.request().time(),
        decision.request().requestId(),
        decision.request().sessionId(),
        decision.developer(),
        decision.team(),
        decision.request().model(),
        decision.routedModel(),
        decision.action(),
        decision.reasons(),
        usage,
        estimated,
        settlement.costMicros(),
        settlement.originalCostMicros(),
        source);
  }
}
