package dev.ccgate.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Resolution of unknown ids, lookups by family, dated versions and table validation. */
class PriceTableTest {
  private static final PriceTable TABLE = PriceTables.builtin();
  private static final Rates FIVE_25 = new Rates(5000, 6250, 10_000, 500, 25_000);

  @Test
  void unknownIdOfAKnownFamilyIsPricedAsThatFamilysNewestRow() {
    ResolvedModel model = TABLE.resolve("claude-opus-9-9");
    assertEquals(
        new ResolvedModel("claude-opus-9-9", "claude-opus-5-5", "opus", "5-5", false), model);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"opus", "sonnet[1m]", "claude-sonnet-7", "us.anthropic.claude-sonnet-9-v1:0"})
  void claudeCodeAliasesAndFutureIdsKeepTheirFamily(String id) {
    ResolvedModel model = TABLE.resolve(id);
    assertFalse(model.known());
    assertEquals(id.contains("sonnet") ? "sonnet" : "opus", model.family());
  }

  @Test
  void mythos52HasNoPriceAndFallsBackToMythos51() {
    ResolvedModel model = TABLE.resolve("claude-mythos-5-2");
    assertEquals("claude-mythos-5-1", model.id());
    assertFalse(model.known());
  }

  @ParameterizedTest
  @ValueSource(strings = {"gpt-4o", "<synthetic>", "", "claude-instant-1", "claude-foo-1"})
  void unrecognisableIdsArePricedConservativelyAtTheNewestOpus(String id) {
    ResolvedModel model = TABLE.resolve(id);
    assertEquals(
        new ResolvedModel(id, "claude-opus-5-5", PriceTable.UNKNOWN_FAMILY, "", false), model);
    // never $0: one input token at Opus 5.5's $4/MTok is 4 micro-dollars
    assertEquals(4, TABLE.costMicros(model, Usage.of(1, 0, 0, 0, 0), Instant.EPOCH));
  }

  @Test
  void resolvingTheSameFormTwiceGivesTheSameAnswer() {
    ResolvedModel first = TABLE.resolve("us.anthropic.claude-opus-4-8");
    assertSame(first, TABLE.resolve("us.anthropic.claude-opus-4-8"));
  }

  @Test
  void modelOfFindsTheSameGenerationInAnotherFamily() {
    assertEquals(Optional.of("claude-sonnet-5-5"), TABLE.modelOf("sonnet", "5-5"));
    assertEquals(Optional.of("claude-sonnet-4-5"), TABLE.modelOf("sonnet", "4.5"));
    assertEquals(Optional.of("claude-sonnet-4-20250514"), TABLE.modelOf("Sonnet", "4"));
    assertEquals(Optional.empty(), TABLE.modelOf("haiku", "5"));
    assertEquals(Optional.empty(), TABLE.modelOf("unknown", ""));
  }

  @Test
  void newestOfEachFamily() {
    assertEquals(Optional.of("claude-opus-5-5"), TABLE.newestOf("opus"));
    assertEquals(Optional.of("claude-sonnet-5-5"), TABLE.newestOf("sonnet"));
    assertEquals(Optional.of("claude-haiku-5-5"), TABLE.newestOf("haiku"));
    assertEquals(Optional.of("claude-fable-5-2"), TABLE.newestOf("fable"));
    assertEquals(Optional.of("claude-mythos-5-1"), TABLE.newestOf("mythos"));
    assertEquals(Optional.empty(), TABLE.newestOf("gpt"));
  }

  @Test
  void priceAtPicksTheVersionInForceOnTheUtcDate() {
    ResolvedModel sonnet = TABLE.resolve("claude-sonnet-5-5");
    // 2026-10-07T01:00 in New York is still 10-06 locally, but prices follow the UTC date.
    assertEquals(
        200, TABLE.priceAt(sonnet, Instant.parse("2026-10-06T23:59:59.999Z")).rates().readNanos());
    assertEquals(
        100, TABLE.priceAt(sonnet, Instant.parse("2026-10-07T00:00:00Z")).rates().readNanos());
    assertEquals(
        100, TABLE.priceAt(sonnet, Instant.parse("2030-01-01T00:00:00Z")).rates().readNanos());
  }

  @Test
  void priceAtBeforeTheFirstDatedVersionUsesTheOldest() {
    ModelPrice later = row("claude-opus-4-5", "opus", "4-5", LocalDate.parse("2026-01-01"));
    PriceTable table = new PriceTable("2026-11-29", List.of(later));
    assertSame(later, table.priceAt(table.resolve("claude-opus-4-5"), Instant.EPOCH));
  }

  @Test
  void aTableBuiltFromRowsAloneResolvesEveryFormByFamilyAndGeneration() {
    PriceTable table =
        new PriceTable("2026-11-29", List.of(row("claude-opus-4-5", "opus", "4-5", null)));
    ResolvedModel model = table.resolve("eu.anthropic.claude-opus-4-5-20251101-v1:0");
    assertTrue(model.known());
    assertEquals("claude-opus-4-5", model.id());
  }

  @Test
  void aliasNamingAnotherModelIsRejected() {
    List<ModelPrice> rows =
        List.of(
            row("claude-opus-4-5", "opus", "4-5", null),
            row("claude-opus-4-6", "opus", "4-6", null));
    List<ModelInfo> infos =
        List.of(new ModelInfo("claude-opus-4-6", List.of("claude-opus-4-5"), ""));
    var e = assertThrows(IllegalArgumentException.class, () -> new PriceTable("x", rows, infos));
    assertTrue(e.getMessage().contains("claude-opus-4-5"), e.getMessage());
  }

  @Test
  void twoVersionsValidFromTheSameDayAreRejected() {
    List<ModelPrice> rows =
        List.of(
            row("claude-opus-4-5", "opus", "4-5", null),
            row("claude-opus-4-5", "opus", "4-5", null));
    assertThrows(IllegalArgumentException.class, () -> new PriceTable("x", rows));
  }

  @Test
  void rowsInDisplayOrderGoFamilyThenNewestThenOldestVersion() {
    List<String> ids = TABLE.rowsInDisplayOrder().stream().map(ModelPrice::id).distinct().toList();
    assertEquals("claude-opus-5-5", ids.get(0));
    assertTrue(ids.indexOf("claude-3-opus-20240229") < ids.indexOf("claude-sonnet-5-5"));
    assertTrue(ids.indexOf("claude-sonnet-4-6") < ids.indexOf("claude-sonnet-4-5"));
    assertTrue(ids.indexOf("claude-haiku-4-5") < ids.indexOf("claude-fable-5-2"));
    List<ModelPrice> sonnet55 =
        TABLE.rowsInDisplayOrder().stream()
            .filter(r -> r.id().equals("claude-sonnet-5-5"))
            .toList();
    assertEquals(null, sonnet55.get(0).validFrom());
    assertEquals(LocalDate.parse("2026-10-07"), sonnet55.get(1).validFrom());
  }

  private static ModelPrice row(String id, String family, String generation, LocalDate validFrom) {
    return new ModelPrice(
        id, family, generation, null, validFrom, FIVE_25, List.of(), 0, 10_000, 0);
  }
}
