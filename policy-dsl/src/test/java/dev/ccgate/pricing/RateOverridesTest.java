package dev.ccgate.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@link PriceTables#withOverrides}: a policy's {@code pricing_overrides}. */
class RateOverridesTest {
  private static final PriceTable BUILTIN = PriceTables.builtin();

  private static RateOverride rates(Long in, Long out, Long w5m, Long w1h, Long read) {
    return new RateOverride(in, out, w5m, w1h, read, null, null);
  }

  @Test
  void noOverridesIsTheSameTable() {
    assertSame(BUILTIN, PriceTables.withOverrides(BUILTIN, Map.of()));
  }

  @Test
  void anOverrideReplacesOnlyTheGivenRatesOfTheResolvedModel() {
    // keyed by a Vertex form of Opus 4.5: a negotiated $4.50 input, the rest as listed
    PriceTable table =
        PriceTables.withOverrides(
            BUILTIN, Map.of("claude-opus-4-5@20251101", rates(4500L, null, null, null, null)));
    ModelPrice row = table.versions("claude-opus-4-5").get(0);
    assertEquals(new Rates(4500, 6250, 10_000, 500, 25_000), row.rates());
    assertEquals(BUILTIN.versions("claude-opus-4-6"), table.versions("claude-opus-4-6"));
    assertTrue(table.info("claude-opus-4-5").note().contains("overridden"));
    assertEquals(
        BUILTIN.info("claude-opus-4-5").aliases(), table.info("claude-opus-4-5").aliases());
  }

  @Test
  void anOverrideAppliesToEveryDatedVersion() {
    PriceTable table =
        PriceTables.withOverrides(
            BUILTIN, Map.of("claude-sonnet-5-5", rates(null, 12_000L, null, null, null)));
    List<ModelPrice> versions = table.versions("claude-sonnet-5-5");
    assertEquals(2, versions.size());
    assertEquals(12_000, versions.get(0).rates().outputNanos());
    assertEquals(12_000, versions.get(1).rates().outputNanos());
    // the dated read change survives
    assertEquals(200, versions.get(0).rates().readNanos());
    assertEquals(100, versions.get(1).rates().readNanos());
  }

  @Test
  void anOverrideCanSetTheFastMultiplier() {
    PriceTable table =
        PriceTables.withOverrides(
            BUILTIN,
            Map.of(
                "claude-opus-5-5", new RateOverride(null, null, null, null, null, 30_000L, null)));
    ResolvedModel opus = table.resolve("claude-opus-5-5");
    Usage fast = new Usage(1000, 0, 0, 0, 0, Speed.FAST, "", 0);
    // 1000 x $4 = 4000 micro-dollars, x3 = 12000
    assertEquals(12_000, table.costMicros(opus, fast, Instant.EPOCH));
  }

  @Test
  void aModelTheTableLacksIsAddedWithDefaultMultipliers() {
    PriceTable table =
        PriceTables.withOverrides(
            BUILTIN,
            Map.of("us.anthropic.claude-opus-6-v1:0", rates(6000L, 30_000L, null, null, null)));
    ResolvedModel opus6 = table.resolve("claude-opus-6");
    assertTrue(opus6.known());
    assertEquals("opus", opus6.family());
    assertEquals("6", opus6.generation());
    // defaults from input 6000: 5m 1.25x = 7500, 1h 2x = 12000, read 0.1x = 600
    assertEquals(
        new Rates(6000, 7500, 12_000, 600, 30_000), table.versions("claude-opus-6").get(0).rates());
    assertTrue(table.resolve("us.anthropic.claude-opus-6-v1:0").known());
  }

  @Test
  void anUnparseableIdNeedsAFamilyAndThenResolvesByName() {
    RateOverride noFamily = rates(1000L, 5000L, null, null, null);
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PriceTables.withOverrides(BUILTIN, Map.of("corp-proxy-model", noFamily)));
    assertTrue(e.getMessage().startsWith("pricing_overrides.corp-proxy-model: "), e.getMessage());
    assertTrue(e.getMessage().contains("set 'family'"), e.getMessage());

    RateOverride withFamily = new RateOverride(1000L, 5000L, null, null, null, null, "Haiku");
    PriceTable table = PriceTables.withOverrides(BUILTIN, Map.of("corp-proxy-model", withFamily));
    ResolvedModel model = table.resolve("Corp-Proxy-Model");
    assertTrue(model.known());
    assertEquals("haiku", model.family());
    // still the newest Haiku is Haiku 5.5: an undated, generation-less row sorts as oldest
    assertEquals("claude-haiku-5-5", table.newestOf("haiku").orElseThrow());
  }

  @Test
  void aNewModelNeedsInputAndOutput() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PriceTables.withOverrides(
                    BUILTIN, Map.of("claude-opus-6", rates(6000L, null, null, null, null))));
    assertTrue(e.getMessage().contains("input and output"), e.getMessage());
  }

  @Test
  void twoKeysForOneModelAreRejected() {
    RateOverride cheaper = rates(4000L, null, null, null, null);
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PriceTables.withOverrides(
                    BUILTIN,
                    Map.of("claude-opus-4-5", cheaper, "claude-opus-4-5-20251101", cheaper)));
    assertEquals(
        "pricing_overrides.claude-opus-4-5-20251101: names the same model as claude-opus-4-5",
        e.getMessage());
  }

  @Test
  void aNegativeRateIsRejectedNamingTheKey() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PriceTables.withOverrides(
                    BUILTIN, Map.of("claude-opus-4-5", rates(-1L, null, null, null, null))));
    assertTrue(e.getMessage().startsWith("pricing_overrides.claude-opus-4-5: "), e.getMessage());
  }
}
