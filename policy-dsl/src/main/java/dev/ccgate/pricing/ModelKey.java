package dev.ccgate.pricing;

import java.util.Objects;

/**
 * What a model id names once its provider dressing is stripped: a family and a generation, e.g.
 * {@code opus} and {@code 4-5} for {@code us.anthropic.claude-opus-4-5-20251101-v1:0}.
 */
public record ModelKey(String family, String generation) {
  /** Validates the key. */
  public ModelKey {
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(generation, "generation");
  }

  /** {@code family:generation}, the table's lookup key. */
  @Override
  public String toString() {
    return family + ":" + generation;
  }
}
