package dev.ccgate.pricing;

import java.math.BigInteger;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * One price-table row: a model's rates from {@code validFrom} on.
 *
 * @param id the canonical id, e.g. {@code claude-opus-4-5}
 * @param family {@code opus}, {@code sonnet}, {@code haiku}, {@code fable}, {@code mythos}
 * @param generation the version part of the id, e.g. {@code 4-5} or {@code 5}
 * @param released the release date, or null if not known (shown only; "newest of a family" compares
 *     generations, see {@link PriceTable#newestOf})
 * @param validFrom the first day (UTC) these rates apply, or null for "always"
 * @param bands whole-request bands, ascending by threshold
 * @param fastMultiplierBasisPoints fast-mode multiplier (60000 = 6x), or 0 if there is no fast mode
 * @param usGeoMultiplierBasisPoints multiplier for {@code inference_geo: us} (11000 = 1.1x), or
 *     10000 where it does not apply
 * @param maxOutputTokens the model's output limit (clamping {@code max_tokens}), 0 if unknown
 */
public record ModelPrice(
    String id,
    String family,
    String generation,
    LocalDate released,
    LocalDate validFrom,
    Rates rates,
    List<Band> bands,
    long fastMultiplierBasisPoints,
    long usGeoMultiplierBasisPoints,
    long maxOutputTokens) {

  private static final long BASIS = 10_000;
  private static final BigInteger BASIS_SQUARED = BigInteger.valueOf(BASIS * BASIS);
  private static final long NANOS_PER_MICRO = 1000;

  /** A web search costs $10 per 1,000: 10,000 micro-dollars each. */
  public static final long WEB_SEARCH_NANOS = 10_000_000L;

  /** Validates the row and sorts its bands. */
  public ModelPrice {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(family, "family");
    Objects.requireNonNull(generation, "generation");
    Objects.requireNonNull(rates, "rates");
    bands = bands.stream().sorted(Comparator.comparingLong(Band::abovePromptTokens)).toList();
    if (fastMultiplierBasisPoints < 0 || usGeoMultiplierBasisPoints <= 0) {
      throw new IllegalArgumentException("bad multiplier for " + id);
    }
  }

  /** The rates that apply to a request with {@code promptTokens} prompt tokens. */
  public Rates ratesFor(long promptTokens) {
    Rates chosen = rates;
    for (Band band : bands) {
      if (promptTokens > band.abovePromptTokens()) {
        chosen = band.rates();
      }
    }
    return chosen;
  }

  /**
   * The cost of {@code usage} on this model in micro-dollars, rounded half-up once per request.
   * Fast mode and US geo multiply every token category (formats.md §5.2); web searches are a flat
   * fee on top. The multipliers are applied exactly, before the single rounding.
   */
  public long costMicros(Usage usage) {
    long tokenNanos = ratesFor(usage.promptTokens()).tokenNanos(usage);
    long fast =
        usage.speed() == Speed.FAST && fastMultiplierBasisPoints > 0
            ? fastMultiplierBasisPoints
            : BASIS;
    long geo = "us".equalsIgnoreCase(usage.inferenceGeo()) ? usGeoMultiplierBasisPoints : BASIS;
    long searchNanos = Math.multiplyExact(usage.webSearches(), WEB_SEARCH_NANOS);
    if (fast == BASIS && geo == BASIS) {
      return (Math.addExact(tokenNanos, searchNanos) + NANOS_PER_MICRO / 2) / NANOS_PER_MICRO;
    }
    // nanos x fast x geo is in units of 1e-8 nano-dollars. It fits a long for all but very large
    // fast requests (a US-geo request is ~1 in 10 of a replay, so it stays off BigInteger); when
    // it would pass 2^63 the scaled sum is computed exactly in BigInteger instead.
    try {
      long scaledSum =
          Math.addExact(
              Math.multiplyExact(tokenNanos, fast * geo),
              Math.multiplyExact(searchNanos, BASIS * BASIS));
      return halfUp(scaledSum, BASIS * BASIS * NANOS_PER_MICRO);
    } catch (ArithmeticException tooLarge) {
      return halfUpExact(tokenNanos, fast, geo, searchNanos);
    }
  }

  private static long halfUpExact(long tokenNanos, long fast, long geo, long searchNanos) {
    BigInteger scaled =
        BigInteger.valueOf(tokenNanos)
            .multiply(BigInteger.valueOf(fast))
            .multiply(BigInteger.valueOf(geo))
            .add(BigInteger.valueOf(searchNanos).multiply(BASIS_SQUARED));
    return halfUp(scaled, BASIS_SQUARED.longValueExact() * NANOS_PER_MICRO);
  }

  /** {@code value / divisor} rounded half-up, as {@link #halfUp(BigInteger, long)} does it. */
  private static long halfUp(long value, long divisor) {
    long q = value / divisor;
    return (value % divisor) * 2 >= divisor ? q + 1 : q;
  }

  private static long halfUp(BigInteger value, long divisor) {
    BigInteger[] qr = value.divideAndRemainder(BigInteger.valueOf(divisor));
    long q = qr[0].longValueExact();
    return qr[1].shiftLeft(1).compareTo(BigInteger.valueOf(divisor)) >= 0 ? q + 1 : q;
  }
}
