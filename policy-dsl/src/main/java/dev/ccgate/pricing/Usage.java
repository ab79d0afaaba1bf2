package dev.ccgate.pricing;

import java.util.Objects;

/**
 * The billable usage of one request, as the API reports it.
 *
 * @param inputTokens uncached input tokens
 * @param cacheWrite5mTokens 5-minute cache writes
 * @param cacheWrite1hTokens 1-hour cache writes
 * @param inferenceGeo {@code usage.inference_geo} ("us", "global", ...), or "" when absent
 */
public record Usage(
    long inputTokens,
    long outputTokens,
    long cacheWrite5mTokens,
    long cacheWrite1hTokens,
    long cacheReadTokens,
    Speed speed,
    String inferenceGeo,
    long webSearches) {

  /** No usage at all. */
  public static final Usage ZERO = of(0, 0, 0, 0, 0);

  /** Validates the counts. */
  public Usage {
    Objects.requireNonNull(speed, "speed");
    Objects.requireNonNull(inferenceGeo, "inferenceGeo");
    if ((inputTokens
            | outputTokens
            | cacheWrite5mTokens
            | cacheWrite1hTokens
            | cacheReadTokens
            | webSearches)
        < 0) {
      throw new IllegalArgumentException("token counts must be >= 0");
    }
  }

  /** Standard-speed usage without geo or web searches. */
  public static Usage of(long input, long output, long write5m, long write1h, long read) {
    return new Usage(input, output, write5m, write1h, read, Speed.STANDARD, "", 0);
  }

  /** This usage at {@code newSpeed}. */
  public Usage withSpeed(Speed newSpeed) {
    return new Usage(
        inputTokens,
        outputTokens,
        cacheWrite5mTokens,
        cacheWrite1hTokens,
        cacheReadTokens,
        newSpeed,
        inferenceGeo,
        webSearches);
  }

  /** This usage with {@code usage.inference_geo} set to {@code geo}. */
  public Usage withInferenceGeo(String geo) {
    return new Usage(
        inputTokens,
        outputTokens,
        cacheWrite5mTokens,
        cacheWrite1hTokens,
        cacheReadTokens,
        speed,
        geo,
        webSearches);
  }

  /** This usage with {@code searches} web searches. */
  public Usage withWebSearches(long searches) {
    return new Usage(
        inputTokens,
        outputTokens,
        cacheWrite5mTokens,
        cacheWrite1hTokens,
        cacheReadTokens,
        speed,
        inferenceGeo,
        searches);
  }

  /** All prompt tokens: uncached input plus cache writes and reads (what the API's bands use). */
  public long promptTokens() {
    return inputTokens + cacheWrite5mTokens + cacheWrite1hTokens + cacheReadTokens;
  }
}
