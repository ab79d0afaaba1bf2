package dev.ccgate.pricing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link PriceTables#load}: LiteLLM files, ccgate's own format, and their errors. */
class PriceFileLoadTest {
  @TempDir Path dir;

  private Path liteLlm() throws IOException {
    Path file = dir.resolve("model_prices_and_context_window.json");
    try (InputStream in = getClass().getResourceAsStream("litellm-sample.json")) {
      Files.write(file, in.readAllBytes());
    }
    Files.setLastModifiedTime(file, FileTime.from(Instant.parse("2026-11-20T08:00:00Z")));
    return file;
  }

  private Path write(String name, String json) throws IOException {
    return Files.writeString(dir.resolve(name), json, StandardCharsets.UTF_8);
  }

  private static ModelPrice only(PriceTable table, String id) {
    List<ModelPrice> versions = table.versions(table.resolve(id).id());
    assertEquals(1, versions.size(), id);
    return versions.get(0);
  }

  @Test
  void liteLlmPerTokenFloatsBecomeExactNanos() throws IOException {
    PriceTable table = PriceTables.load(liteLlm());
    // 5.5e-06 USD/token = 5500 nano-dollars; 6.875e-06 = 6875; 1.1e-05 = 11000; 5.5e-07 = 550
    assertEquals(
        new Rates(5500, 6875, 11_000, 550, 27_500), only(table, "claude-opus-4-5").rates());
    assertEquals("2026-11-20", table.asOf());
  }

  @Test
  void liteLlmPrefersTheAnthropicEntryOverOtherProviders() throws IOException {
    // the bedrock_converse entry ($9/$90) names the same model but must not win
    PriceTable table = PriceTables.load(liteLlm());
    assertEquals(
        5500, only(table, "us.anthropic.claude-opus-4-5-20251101-v1:0").rates().inputNanos());
  }

  @Test
  void liteLlmAbove200kKeysBecomeAWholeRequestBand() throws IOException {
    ModelPrice sonnet = only(PriceTables.load(liteLlm()), "claude-sonnet-4-5");
    // no 1h keys: 2x input (3000 -> 6000; band 6000 -> 12000)
    assertEquals(new Rates(3000, 3750, 6000, 300, 15_000), sonnet.rates());
    assertEquals(
        List.of(new Band(200_000, new Rates(6000, 7500, 12_000, 600, 22_500))), sonnet.bands());
  }

  @Test
  void liteLlmProviderSpecificEntryGivesFastAndGeoMultipliers() throws IOException {
    ModelPrice opus46 = only(PriceTables.load(liteLlm()), "claude-opus-4-6");
    assertEquals(60_000, opus46.fastMultiplierBasisPoints());
    assertEquals(11_000, opus46.usGeoMultiplierBasisPoints());
    // no 1h key: 2x input
    assertEquals(10_000, opus46.rates().write1hNanos());
  }

  @Test
  void liteLlmModelTheBuiltinLacksIsAddedWithDefaultCacheMultipliers() throws IOException {
    PriceTable table = PriceTables.load(liteLlm());
    ResolvedModel opus6 = table.resolve("claude-opus-6");
    assertTrue(opus6.known());
    ModelPrice row = only(table, "claude-opus-6");
    // input 6000: 5m 1.25x = 7500, 1h 2x = 12000, read 0.1x = 600
    assertEquals(new Rates(6000, 7500, 12_000, 600, 30_000), row.rates());
    assertEquals(20_000, row.fastMultiplierBasisPoints());
    assertEquals(128_000, row.maxOutputTokens());
    assertEquals("claude-opus-6", table.newestOf("opus").orElseThrow());
  }

  @Test
  void liteLlmNonClaudeAndNonChatEntriesAreIgnored() throws IOException {
    PriceTable table = PriceTables.load(liteLlm());
    assertFalse(table.resolve("gpt-4o").known());
    assertFalse(table.resolve("claude-haiku-9-9").known());
    assertFalse(table.rows().stream().anyMatch(r -> r.id().contains("gpt")));
  }

  @Test
  void modelsTheFileLacksComeFromTheBuiltinTableWithAllTheirVersions() throws IOException {
    PriceTable table = PriceTables.load(liteLlm());
    assertEquals(
        PriceTables.builtin().versions("claude-sonnet-5-5"), table.versions("claude-sonnet-5-5"));
    assertEquals(
        PriceTables.builtin().versions("claude-fable-5-2"), table.versions("claude-fable-5-2"));
  }

  @Test
  void liteLlmRowKeepsBuiltinFactsTheFileDoesNotState() throws IOException {
    ModelPrice haiku = only(PriceTables.load(liteLlm()), "claude-haiku-4-5-20251001");
    assertEquals("claude-haiku-4-5", haiku.id());
    assertEquals(64_000, haiku.maxOutputTokens());
    assertEquals(java.time.LocalDate.parse("2025-10-15"), haiku.released());
  }

  @Test
  void ccgateFormatReplacesAModelAndKeepsTheRest() throws IOException {
    Path file =
        write(
            "prices.json",
            """
            {"as_of": "2026-12-01", "models": [
              {"id": "claude-opus-4-5-20251101", "family": "opus", "generation": "4-5",
               "prices": [{"input": "4.5", "write_5m": "5.625", "write_1h": "9", "read": "0.45",
                           "output": "22.5"}]},
              {"id": "claude-opus-6", "family": "opus", "generation": "6", "released": "2026-12-01",
               "fast_multiplier": 2, "us_geo_multiplier": "1.1",
               "prices": [{"input": 6, "write_5m": 7.5, "write_1h": 12, "read": 0.6, "output": 30}]}
            ]}
            """);
    PriceTable table = PriceTables.load(file);
    assertEquals("2026-12-01", table.asOf());
    ResolvedModel opus45 = table.resolve("claude-opus-4-5");
    assertEquals("claude-opus-4-5-20251101", opus45.id());
    assertEquals(4500, table.priceAt(opus45, Instant.EPOCH).rates().inputNanos());
    // the built-in aliases still lead to the replaced model
    assertEquals("claude-opus-4-5-20251101", table.resolve("claude-opus-4-5@20251101").id());
    assertEquals(7500, only(table, "claude-opus-6").rates().write5mNanos());
    assertEquals(
        PriceTables.builtin().versions("claude-opus-4-6"), table.versions("claude-opus-4-6"));
  }

  @Test
  void aPriceThatIsNotAWholeNanoDollarIsRejectedNamingFileAndField() throws IOException {
    Path file =
        write(
            "bad.json",
            """
            {"as_of": "2026-12-01", "models": [
              {"id": "claude-opus-4-5", "family": "opus", "generation": "4-5",
               "prices": [{"input": "5", "write_5m": "6.25", "write_1h": "10", "read": "0.0005",
                           "output": "25"}]}]}
            """);
    var e = assertThrows(IllegalArgumentException.class, () -> PriceTables.load(file));
    assertTrue(e.getMessage().startsWith(file.toString()), e.getMessage());
    assertTrue(e.getMessage().contains("prices[0].read"), e.getMessage());
    assertTrue(e.getMessage().contains("0.0005"), e.getMessage());
  }

  @Test
  void anUnknownKeyIsRejected() throws IOException {
    Path file =
        write(
            "typo.json",
            """
            {"as_of": "2026-12-01", "models": [
              {"id": "claude-opus-4-5", "family": "opus", "generation": "4-5", "relased": "2025-11-24",
               "prices": [{"input": 5, "write_5m": 6.25, "write_1h": 10, "read": 0.5, "output": 25}]}]}
            """);
    var e = assertThrows(IllegalArgumentException.class, () -> PriceTables.load(file));
    assertTrue(e.getMessage().contains("unknown key 'relased'"), e.getMessage());
  }

  @Test
  void brokenJsonIsOneLineWithItsPosition() throws IOException {
    Path file = write("broken.json", "{\"as_of\": \"2026-12-01\",\n \"models\": [,]}");
    var e = assertThrows(IllegalArgumentException.class, () -> PriceTables.load(file));
    assertTrue(e.getMessage().contains("not valid JSON at line 2"), e.getMessage());
    assertFalse(e.getMessage().contains("\n"), e.getMessage());
  }

  @Test
  void aJsonFileOfNeitherFormatIsRejected() throws IOException {
    Path file = write("other.json", "{\"hello\": {\"world\": 1}}");
    var e = assertThrows(IllegalArgumentException.class, () -> PriceTables.load(file));
    assertTrue(e.getMessage().contains("neither a ccgate price file"), e.getMessage());
  }

  @Test
  void aMissingFileIsAnIoError() {
    assertThrows(NoSuchFileException.class, () -> PriceTables.load(dir.resolve("nope.json")));
  }

  @Test
  void theBuiltinResourceRoundTripsThroughLoad() throws IOException {
    Path file = dir.resolve("builtin.json");
    try (InputStream in = PriceTables.class.getResourceAsStream("builtin-prices.json")) {
      Files.write(file, in.readAllBytes());
    }
    PriceTable table = PriceTables.load(file);
    assertEquals(PriceTables.builtin().rowsInDisplayOrder(), table.rowsInDisplayOrder());
  }
}
