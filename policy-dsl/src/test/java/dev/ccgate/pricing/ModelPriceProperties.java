package dev.ccgate.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * A fast-mode or US-geo request's cost is computed in {@code long} when it fits and in {@code
 * BigInteger} when it would overflow; both must give the exactly rounded amount. The expected value
 * is worked out independently in {@link BigDecimal}: tokens x rate x fast x geo + searches, rounded
 * half-up to the micro-dollar once.
 */
class ModelPriceProperties {
  private static final ModelPrice FAST_US =
      new ModelPrice(
          "claude-test-1",
          "opus",
          "1",
          null,
          null,
          new Rates(5_000, 6_250, 10_000, 500, 25_000),
          List.of(),
          60_000,
          11_000,
          0);

  @Property(tries = 2000)
  void fastAndGeoCostsAreExactlyRoundedAtAnySize(
      @ForAll("tokens") long input,
      @ForAll("tokens") long output,
      @ForAll("tokens") long read,
      @ForAll("searches") long searches,
      @ForAll boolean fast,
      @ForAll boolean us) {
    Usage usage =
        new Usage(
            input,
            output,
            0,
            0,
            read,
            fast ? Speed.FAST : Speed.STANDARD,
            us ? "us" : "",
            searches);
    BigInteger nanos =
        BigInteger.valueOf(input)
            .multiply(BigInteger.valueOf(5_000))
            .add(BigInteger.valueOf(read).multiply(BigInteger.valueOf(500)))
            .add(BigInteger.valueOf(output).multiply(BigInteger.valueOf(25_000)));
    BigDecimal scaled =
        new BigDecimal(nanos)
            .multiply(fast ? new BigDecimal("6") : BigDecimal.ONE)
            .multiply(us ? new BigDecimal("1.1") : BigDecimal.ONE)
            .add(BigDecimal.valueOf(searches).multiply(BigDecimal.valueOf(10_000_000L)));
    long expected = scaled.movePointLeft(3).setScale(0, RoundingMode.HALF_UP).longValueExact();
    assertEquals(expected, FAST_US.costMicros(usage));
  }

  /** Token counts from a typical request up to ones whose scaled cost passes 2^63. */
  @Provide
  Arbitrary<Long> tokens() {
    return Arbitraries.oneOf(
        Arbitraries.longs().between(0, 200_000),
        Arbitraries.longs().between(0, 10_000_000_000L),
        Arbitraries.longs().between(1_000_000_000L, 60_000_000_000L));
  }

  @Provide
  Arbitrary<Long> searches() {
    return Arbitraries.longs().between(0, 1_000);
  }
}
