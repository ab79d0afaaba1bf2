package dev.ccgate.simulator.load;

import java.util.Locale;

/**
 * A model id the price table does not know, how many requests named it, and the row that priced
 * them instead.
 */
public record ModelCount(String model, long requests, String pricedAs) {
  /** The warning line, e.g. {@code unknown model claude-opus-9-9: 3 requests priced as …}. */
  public String describe() {
    return String.format(
        Locale.ROOT,
        "unknown model %s: %,d %s priced as %s",
        model,
        requests,
        requests == 1 ? "request" : "requests",
        pricedAs);
  }
}
