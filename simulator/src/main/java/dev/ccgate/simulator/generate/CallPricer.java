package dev.ccgate.simulator.generate;

import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import java.time.Instant;

/** List prices for generated calls (what OTel's {@code cost_usd} carries), from a price table. */
final class CallPricer {
  private final PriceTable prices;

  CallPricer(PriceTable prices) {
    this.prices = prices;
  }

  /** The cost of this usage, micro-dollars. */
  long micros(
      String model,
      long time,
      long input,
      long output,
      long write5m,
      long write1h,
      long read,
      boolean fast,
      String geo,
      int webSearches) {
    Usage usage =
        Usage.of(input, output, write5m, write1h, read)
            .withSpeed(fast ? Speed.FAST : Speed.STANDARD)
            .withInferenceGeo(geo == null ? "" : geo)
            .withWebSearches(webSearches);
    return prices.costMicros(prices.resolve(model), usage, Instant.ofEpochMilli(time));
  }
}
