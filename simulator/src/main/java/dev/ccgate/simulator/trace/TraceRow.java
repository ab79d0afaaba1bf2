package dev.ccgate.simulator.trace;

import java.time.Instant;
import java.util.Objects;

/**
 * One model request as a trace recorded it, normalised. Token counts follow the API's usage object:
 * {@code inputTokens} is uncached input only.
 *
 * @param timeMicros when the request was made, epoch microseconds UTC
 * @param developer the identity the export names (e-mail, account id, key alias...), never null
 * @param team the export's own team attribute, or null
 * @param session the Claude Code session id, or null
 * @param requestId the API request id, or null
 * @param messageId the API message id ({@code msg_...}), or null; transcript dedup key
 * @param model the model id as asked, as written in the export
 * @param servedModel the model that answered when a gateway rewrote it, else null
 * @param speed {@code fast}, {@code standard}, or null when the export does not say
 * @param inferenceGeo {@code usage.inference_geo}, or null
 * @param agentId the subagent id, or null
 * @param refused true when a gateway refused the request (a decision-log PAUSE): it reached no
 *     model and cost nothing, but a replay still sees it asked
 * @param line the 1-based line in the source file where the record starts
 */
public record TraceRow(
    long timeMicros,
    String developer,
    String team,
    String session,
    String requestId,
    String messageId,
    String model,
    String servedModel,
    long inputTokens,
    long outputTokens,
    long cacheWrite5m,
    long cacheWrite1h,
    long cacheRead,
    String speed,
    String inferenceGeo,
    long webSearches,
    boolean sidechain,
    String agentId,
    boolean refused,
    long line) {

  /**
   * The model Claude Code writes on its own error lines (an API error shown as a message): zero
   * usage, no model to price.
   */
  public static final String SYNTHETIC_MODEL = "<synthetic>";

  /**
   * Epoch microseconds (as rows and the database keep time) as an instant; exact, also before 1970.
   */
  public static Instant instant(long epochMicros) {
    return Instant.ofEpochSecond(
        Math.floorDiv(epochMicros, 1_000_000L), Math.floorMod(epochMicros, 1_000_000L) * 1_000L);
  }

  /** Validates the row: identity and model present, counts non-negative. */
  public TraceRow {
    Objects.requireNonNull(developer, "developer");
    Objects.requireNonNull(model, "model");
    if ((inputTokens | outputTokens | cacheWrite5m | cacheWrite1h | cacheRead | webSearches) < 0) {
      throw new IllegalArgumentException("token counts must be >= 0");
    }
  }

  /** Input + output + cache writes + cache reads: the size dedup compares (formats.md 1.4). */
  public long totalTokens() {
    return inputTokens + outputTokens + cacheWrite5m + cacheWrite1h + cacheRead;
  }
}
