package dev.ccgate.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/**
 * Costs of whole requests on the built-in table, each worked out by hand from formats.md §5 (rates
 * in USD per million tokens, so tokens x rate = micro-dollars).
 */
class CostGoldenTest {
  private static final PriceTable TABLE = PriceTables.builtin();
  private static final Instant NOV_2026 = Instant.parse("2026-11-24T15:42:07.318Z");

  private static long cost(String model, Usage usage) {
    return cost(model, usage, NOV_2026);
  }

  private static long cost(String model, Usage usage, Instant at) {
    return TABLE.costMicros(TABLE.resolve(model), usage, at);
  }

  private static Usage fast(Usage u) {
    return u.withSpeed(Speed.FAST);
  }

  private static Usage geo(Usage u, String geo) {
    return u.withInferenceGeo(geo);
  }

  @Test
  void otelExampleAsFiveMinuteWritesMatchesTheEventsCostMicros() {
    // formats.md §2.5, Opus 5.5 at $4 in / $5 5m / $0.20 read / $20 out:
    // 6x4 + 812x20 + 118934x0.20 + 4210x5 = 24 + 16240 + 23786.8 + 21050 = 61100.8 -> 61101
    assertEquals(61_101, cost("claude-opus-5-5", Usage.of(6, 812, 4210, 0, 118_934)));
  }

  @Test
  void otelExampleAsOneHourWritesCostsTheTranscriptsTrueAmount() {
    // 1h write $8: 24 + 16240 + 23786.8 + 4210x8 (33680) = 73730.8 -> 73731
    assertEquals(73_731, cost("claude-opus-5-5", Usage.of(6, 812, 0, 4210, 118_934)));
  }

  @Test
  void haikuSubagentLineFromTheTranscriptExample() {
    // formats.md §1.7 (c), Haiku 4.5 at $1 in / $1.25 5m / $5 out:
    // 1843x1 + 9011x1.25 + 356x5 = 1843 + 11263.75 + 1780 = 14886.75 -> 14887
    assertEquals(14_887, cost("claude-haiku-4-5-20251001", Usage.of(1843, 356, 9011, 0, 0)));
  }

  @Test
  void sonnet45AtExactly200kPromptTokensPaysStandardRates() {
    // prompt = 150000 + 50000 = 200000, not above the band: 150000x3 + 50000x0.30 + 1000x15
    // = 450000 + 15000 + 15000 = 480000
    assertEquals(480_000, cost("claude-sonnet-4-5", Usage.of(150_000, 1000, 0, 0, 50_000)));
  }

  @Test
  void sonnet45Above200kPromptTokensPaysThePremiumOnEveryToken() {
    // prompt = 150001 + 50000 = 200001 > 200000: every token at $6 in / $0.60 read / $22.50 out
    // 150001x6 + 50000x0.60 + 1000x22.50 = 900006 + 30000 + 22500 = 952506
    assertEquals(952_506, cost("claude-sonnet-4-5", Usage.of(150_001, 1000, 0, 0, 50_000)));
  }

  @Test
  void sonnet4PremiumAlsoCoversCacheWrites() {
    // prompt = 10 + 100000 + 100000 + 1 = 200011 > 200000: 5m $7.50, 1h $12, in $6, out $22.50
    // 10x6 + 100000x7.50 + 100000x12 + 1x0.60 + 100x22.50 = 60 + 750000 + 1200000 + 0.6 + 2250
    // = 1952310.6 -> 1952311
    assertEquals(
        1_952_311, cost("claude-sonnet-4-20250514", Usage.of(10, 100, 100_000, 100_000, 1)));
  }

  @Test
  void haiku55At100kPromptTokensPaysTheLowBand() {
    // prompt 100000, not above: 100000x0.10 + 2000x0.50 = 10000 + 1000 = 11000
    assertEquals(11_000, cost("claude-haiku-5-5", Usage.of(100_000, 2000, 0, 0, 0)));
  }

  @Test
  void haiku55Above100kPromptTokensPaysTheHighBandOnEveryTokenIncludingOutput() {
    // prompt 100001 > 100000: 100001x0.50 + 2000x2.50 = 50000.5 + 5000 = 55000.5 -> 55001
    assertEquals(55_001, cost("claude-haiku-5-5", Usage.of(100_001, 2000, 0, 0, 0)));
  }

  @Test
  void fastModeOnOpus46IsSixTimesEveryCategory() {
    // standard: 1000x5 + 2000x6.25 + 10000x0.50 + 500x25 = 5000 + 12500 + 5000 + 12500 = 35000
    // fast 6x = 210000
    Usage usage = Usage.of(1000, 500, 2000, 0, 10_000);
    assertEquals(35_000, cost("claude-opus-4-6", usage));
    assertEquals(210_000, cost("claude-opus-4-6", fast(usage)));
  }

  @Test
  void fastModeOnOpus48IsTwice() {
    // 1000x5 + 2000x6.25 + 10000x0.50 + 500x25 = 35000; fast 2x = 70000
    assertEquals(70_000, cost("claude-opus-4-8", fast(Usage.of(1000, 500, 2000, 0, 10_000))));
  }

  @Test
  void fastUsageOnSonnetHasNoMultiplier() {
    // Sonnet has no fast mode: 1000x3 + 100x15 = 4500
    assertEquals(4500, cost("claude-sonnet-4-6", fast(Usage.of(1000, 100, 0, 0, 0))));
  }

  @Test
  void usInferenceGeoOnOpus46Adds10Percent() {
    // 1000x5 + 100x25 = 7500; x1.1 = 8250
    assertEquals(8250, cost("claude-opus-4-6", geo(Usage.of(1000, 100, 0, 0, 0), "us")));
    assertEquals(7500, cost("claude-opus-4-6", geo(Usage.of(1000, 100, 0, 0, 0), "global")));
  }

  @Test
  void usInferenceGeoIsNotAppliedBeforeOpus46() {
    // Opus 4.5 has no data residency: 1000x5 + 100x25 = 7500
    assertEquals(7500, cost("claude-opus-4-5", geo(Usage.of(1000, 100, 0, 0, 0), "us")));
  }

  @Test
  void fastAndUsGeoStackAndRoundOnce() {
    // Opus 4.6, 7 input tokens: 7x5 = 35; fast x6 and us x1.1 = 35 x 6.6 = 231
    Usage seven = new Usage(7, 0, 0, 0, 0, Speed.FAST, "us", 0);
    assertEquals(231, cost("claude-opus-4-6", seven));
    // 1 read token at $0.50 = 0.5; x6.6 = 3.3 -> 3 (rounding the 0.5 first would give 1 x 6.6
    // -> 7)
    assertEquals(3, cost("claude-opus-4-6", new Usage(0, 0, 0, 0, 1, Speed.FAST, "us", 0)));
  }

  @Test
  void webSearchesCostTenDollarsPerThousand() {
    // Sonnet 4.5: 1000x3 + 100x15 = 4500, plus 3 searches x 10000 = 30000 -> 34500
    Usage usage = Usage.of(1000, 100, 0, 0, 0).withWebSearches(3);
    assertEquals(34_500, cost("claude-sonnet-4-5", usage));
  }

  @Test
  void webSearchFeeIsNotMultipliedByFastMode() {
    // Opus 4.6 fast: 1000x5 x6 = 30000, plus 1 search 10000 = 40000
    Usage usage = Usage.of(1000, 0, 0, 0, 0).withSpeed(Speed.FAST).withWebSearches(1);
    assertEquals(40_000, cost("claude-opus-4-6", usage));
  }

  @Test
  void sonnet55CacheReadDropsOn7October2026() {
    // 1,000,000 read tokens: before the cut at $0.20 = 200000; from 2026-10-07 at $0.10 = 100000
    Usage reads = Usage.of(0, 0, 0, 0, 1_000_000);
    assertEquals(200_000, cost("claude-sonnet-5-5", reads, Instant.parse("2026-10-06T23:59:59Z")));
    assertEquals(100_000, cost("claude-sonnet-5-5", reads, Instant.parse("2026-10-07T00:00:00Z")));
  }

  @Test
  void haiku3CacheWriteIsOnePointTwoTimesInput() {
    // 1,000,000 5m writes at $0.30 (1.2 x $0.25, not 1.25x = $0.3125) = 300000
    assertEquals(300_000, cost("claude-3-haiku-20240307", Usage.of(0, 0, 1_000_000, 0, 0)));
  }

  @Test
  void opus46PaidTheLongContextPremiumOnlyBeforeTheOneMillionGa() {
    // 250000 input tokens: before 2026-03-13 above 200K at $10 = 2500000; after at $5 = 1250000
    Usage big = Usage.of(250_000, 0, 0, 0, 0);
    assertEquals(2_500_000, cost("claude-opus-4-6", big, Instant.parse("2026-03-12T12:00:00Z")));
    assertEquals(1_250_000, cost("claude-opus-4-6", big, Instant.parse("2026-03-13T00:00:00Z")));
  }

  @Test
  void largeFastRequestDoesNotOverflow() {
    // Opus 4.6 fast + us, 1M-token prompt at the pre-GA premium: 1000000x10 = 10,000,000 µ$;
    // x6 x1.1 = 66,000,000 µ$ ($66)
    Usage usage = new Usage(1_000_000, 0, 0, 0, 0, Speed.FAST, "us", 0);
    assertEquals(66_000_000, cost("claude-opus-4-6", usage, Instant.parse("2026-03-01T00:00:00Z")));
  }

  @Test
  void zeroUsageCostsNothingWhateverTheModel() {
    assertEquals(0, cost("<synthetic>", Usage.ZERO));
  }
}
