package dev.ccgate.gateway.metering;

import dev.ccgate.pricing.Usage;
import java.util.Objects;

/**
 * The usage to bill for one response.
 *
 * @param estimated true when the output side was estimated because the response ended without its
 *     final usage (a cut or abandoned stream)
 */
public record Metered(Usage usage, boolean estimated) {
  /** Nothing to bill: an error response, or a request that never went upstream. */
  public static final Metered NONE = new Metered(Usage.ZERO, false);

  /** Validates the result. */
  public Metered {
    Objects.requireNonNull(usage, "usage");
  }
}
