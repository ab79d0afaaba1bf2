package dev.ccgate.pricing;

import java.util.Objects;

/**
 * A whole-request price band: when a request's prompt tokens (input + cache writes + reads) exceed
 * {@code abovePromptTokens}, every token of that request, output included, is priced at {@code
 * rates} (Sonnet 4/4.5 above 200K, Haiku 5.5 above 100K).
 */
public record Band(long abovePromptTokens, Rates rates) {
  /** Validates the band. */
  public Band {
    Objects.requireNonNull(rates, "rates");
    if (abovePromptTokens <= 0) {
      throw new IllegalArgumentException("band threshold must be > 0");
    }
  }
}
