package dev.ccgate.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** Checks every row of the built-in table against formats.md §5. */
class BuiltinTableTest {
  private static final PriceTable TABLE = PriceTables.builtin();

  @Test
  void isLoadedOnceAndDated() {
    assertSame(TABLE, PriceTables.builtin());
    assertEquals("2026-11-29", TABLE.asOf());
  }

  @Test
  void hasEveryModelOfTheResearchList() {
    Set<String> expected =
        Set.of(
            "claude-opus-5-5",
            "claude-opus-5",
            "claude-opus-4-8",
            "claude-opus-4-7",
            "claude-opus-4-6",
            "claude-opus-4-5",
            "claude-opus-4-1-20250805",
            "claude-opus-4-20250514",
            "claude-3-opus-20240229",
            "claude-sonnet-5-5",
            "claude-sonnet-5",
            "claude-sonnet-4-6",
            "claude-sonnet-4-5",
            "claude-sonnet-4-20250514",
            "claude-3-7-sonnet-20250219",
            "claude-haiku-5-5",
            "claude-haiku-4-5",
            "claude-3-5-haiku-20241022",
            "claude-3-haiku-20240307",
            "claude-fable-5-2",
            "claude-fable-5-1",
            "claude-fable-5",
            "claude-mythos-5-1",
            "claude-mythos-5");
    Set<String> ids = TABLE.rows().stream().map(ModelPrice::id).collect(Collectors.toSet());
    assertEquals(new TreeSet<>(expected), new TreeSet<>(ids));
  }

  @TestFactory
  List<DynamicTest> everyRowIsConsistent() {
    return TABLE.rows().stream()
        .map(
            row -> DynamicTest.dynamicTest(row.id() + " from " + row.validFrom(), () -> check(row)))
        .toList();
  }

  private static void check(ModelPrice row) {
    Rates r = row.rates();
    assertTrue(r.inputNanos() > 0 && r.outputNanos() > r.inputNanos(), "input < output");
    assertTrue(r.write5mNanos() > r.inputNanos() && r.write1hNanos() > r.write5mNanos());
    assertTrue(r.readNanos() > 0 && r.readNanos() < r.inputNanos());
    // the id itself names the row's family and generation
    assertEquals(
        new ModelKey(row.family(), row.generation()), ModelIds.parse(row.id()).orElseThrow());
    assertTrue(TABLE.resolve(row.id()).known());
    for (String alias : TABLE.info(row.id()).aliases()) {
      assertEquals(row.id(), TABLE.resolve(alias).id(), alias);
    }
    for (Band band : row.bands()) {
      assertTrue(band.rates().inputNanos() > r.inputNanos(), "a band costs more");
    }
    assertTrue(Set.of(0L, 20_000L, 60_000L).contains(row.fastMultiplierBasisPoints()));
    assertTrue(Set.of(10_000L, 11_000L).contains(row.usGeoMultiplierBasisPoints()));
  }

  @Test
  void usualMultipliersHoldExceptWhereTheResearchListsAnException() {
    // formats.md §5.1: 5m = 1.25x, 1h = 2x, read = 0.1x input, except Haiku 3 (5m 1.2x),
    // Opus 5.5 and Sonnet 5.5 (read 0.05x; Sonnet 5.5 only from 2026-10-07, 0.1x before) and
    // Fable 5.1/5.2 and Mythos 5.1 (read 0.025x). Haiku 3's row also reads $0.03, 0.12x of
    // $0.25: the research's list of exceptions omits it, its table row (and Anthropic's page)
    // has it.
    Map<String, String> readExceptions =
        Map.of(
            "claude-opus-5-5", "0.05",
            "claude-fable-5-1", "0.025",
            "claude-fable-5-2", "0.025",
            "claude-mythos-5-1", "0.025",
            "claude-3-haiku-20240307", "0.12");
    for (ModelPrice row : TABLE.rows()) {
      Rates r = row.rates();
      long in = r.inputNanos();
      String what = row.id() + " " + row.validFrom();
      long write5mPermille = row.id().equals("claude-3-haiku-20240307") ? 1200 : 1250;
      assertEquals(in * write5mPermille, r.write5mNanos() * 1000, what + " 5m");
      assertEquals(in * 2, r.write1hNanos(), what + " 1h");
      String read = readExceptions.getOrDefault(row.id(), "0.1");
      if (row.id().equals("claude-sonnet-5-5") && row.validFrom() != null) {
        read = "0.05";
      }
      assertEquals(
          new java.math.BigDecimal(read)
              .multiply(java.math.BigDecimal.valueOf(in))
              .longValueExact(),
          r.readNanos(),
          what + " read");
    }
  }

  @Test
  void multipliersFollowTheResearch() {
    assertEquals(60_000, fast("claude-opus-4-6"));
    assertEquals(60_000, fast("claude-opus-4-7"));
    assertEquals(20_000, fast("claude-opus-4-8"));
    assertEquals(20_000, fast("claude-opus-5"));
    assertEquals(20_000, fast("claude-opus-5-5"));
    for (ModelPrice row : TABLE.rows()) {
      if (!row.family().equals("opus")) {
        assertEquals(0, row.fastMultiplierBasisPoints(), row.id() + " has no fast mode");
      }
      // US geo applies from Opus 4.6 on: every model released 2026 or later, none before.
      boolean fromOpus46On =
          !Set.of(
                  "claude-opus-4-5",
                  "claude-opus-4-1-20250805",
                  "claude-opus-4-20250514",
                  "claude-3-opus-20240229",
                  "claude-sonnet-4-5",
                  "claude-sonnet-4-20250514",
                  "claude-3-7-sonnet-20250219",
                  "claude-haiku-4-5",
                  "claude-3-5-haiku-20241022",
                  "claude-3-haiku-20240307")
              .contains(row.id());
      assertEquals(fromOpus46On ? 11_000 : 10_000, row.usGeoMultiplierBasisPoints(), row.id());
    }
  }

  @Test
  void bandsAreExactlyTheResearchedOnes() {
    Rates sonnetPremium = new Rates(6000, 7500, 12_000, 600, 22_500);
    assertEquals(List.of(new Band(200_000, sonnetPremium)), newest("claude-sonnet-4-5").bands());
    assertEquals(
        List.of(new Band(200_000, sonnetPremium)), newest("claude-sonnet-4-20250514").bands());
    assertEquals(
        List.of(new Band(100_000, new Rates(500, 625, 1000, 50, 2500))),
        newest("claude-haiku-5-5").bands());
    long withBands = TABLE.rows().stream().filter(r -> !r.bands().isEmpty()).count();
    // Sonnet 4, Sonnet 4.5, Haiku 5.5, and Opus 4.6 before the 1M GA
    assertEquals(4, withBands);
  }

  @Test
  void versionOrderAgreesWithReleaseDatesWhereBothAreKnown() {
    List<ModelPrice> dated =
        TABLE.rowsInDisplayOrder().stream().filter(r -> r.released() != null).toList();
    for (int i = 1; i < dated.size(); i++) {
      ModelPrice newer = dated.get(i - 1);
      ModelPrice older = dated.get(i);
      if (newer.family().equals(older.family())) {
        assertFalse(newer.released().isBefore(older.released()), newer.id() + " vs " + older.id());
      }
    }
  }

  @Test
  void mythosCostsWhatItsFableTwinCosts() {
    assertEquals(newest("claude-fable-5-1").rates(), newest("claude-mythos-5-1").rates());
    assertEquals(newest("claude-fable-5").rates(), newest("claude-mythos-5").rates());
  }

  @Test
  void sonnet55ReadDropsOnTheSeventhOfOctober() {
    List<ModelPrice> versions = TABLE.versions("claude-sonnet-5-5");
    assertEquals(2, versions.size());
    assertEquals(LocalDate.parse("2026-10-07"), versions.get(1).validFrom());
    assertEquals(200, versions.get(0).rates().readNanos());
    assertEquals(100, versions.get(1).rates().readNanos());
  }

  private static long fast(String id) {
    return newest(id).fastMultiplierBasisPoints();
  }

  private static ModelPrice newest(String id) {
    List<ModelPrice> versions = TABLE.versions(id);
    return versions.get(versions.size() - 1);
  }
}
