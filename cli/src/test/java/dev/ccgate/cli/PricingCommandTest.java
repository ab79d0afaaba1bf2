package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccgate pricing}, run through {@link Main#run} as a user would. */
class PricingCommandTest {
  @TempDir Path dir;

  @Test
  void tableHasAHeaderWithAsOfAndOneLinePerModelVersion() {
    CliRun run = CliRun.of("pricing");
    assertEquals(0, run.code(), run.err());
    assertEquals("Claude prices as of 2026-11-29 (USD per million tokens)", run.lines().get(0));
    assertTrue(run.lines().get(1).matches("model +family +from +in +5m +1h +read +out +fast +geo"));
    assertTrue(
        run.hasLine(
            "claude-opus-5-5 \\* +opus +4\\.00 +5\\.00 +8\\.00 +0\\.20 +20\\.00 +2x +1\\.1x"));
    assertTrue(
        run.hasLine("claude-opus-4-5 +opus +5\\.00 +6\\.25 +10\\.00 +0\\.50 +25\\.00 +- +-"));
    assertTrue(
        run.hasLine(
            "claude-sonnet-5-5 \\* +sonnet +2026-10-07 +2\\.00 +2\\.50 +4\\.00 +0\\.10 +10\\.00 +- +1\\.1x"));
    assertTrue(
        run.hasLine(
            "claude-haiku-5-5 \\* +haiku +0\\.10 +0\\.125 +0\\.20 +0\\.01 +0\\.50 +- +1\\.1x"));
    assertTrue(run.hasLine(" +prompt > 100,000 +0\\.50 +0\\.625 +1\\.00 +0\\.05 +2\\.50"));
    assertTrue(run.hasLine("Web search: \\$10 per 1,000 searches on every model\\."));
  }

  @Test
  void tableIsFamilyThenNewestFirstAndFitsIn100Columns() {
    List<String> lines = CliRun.of("pricing").lines();
    assertTrue(lines.stream().allMatch(l -> l.length() <= 100), "a line is wider than 100");
    List<String> ids =
        lines.stream()
            .filter(l -> l.startsWith("claude-"))
            .map(l -> l.substring(0, l.indexOf(' ')))
            .distinct()
            .toList();
    assertEquals("claude-opus-5-5", ids.get(0));
    assertTrue(ids.indexOf("claude-opus-4-5") < ids.indexOf("claude-3-opus-20240229"));
    assertTrue(ids.indexOf("claude-3-opus-20240229") < ids.indexOf("claude-sonnet-5-5"));
    assertTrue(ids.indexOf("claude-3-haiku-20240307") < ids.indexOf("claude-fable-5-2"));
    assertEquals("claude-mythos-5", ids.get(ids.size() - 1));
  }

  @Test
  void modelShowsNormalisationRatesAndRules() {
    CliRun run = CliRun.of("pricing", "--model", "us.anthropic.claude-sonnet-4-5-20250929-v1:0");
    assertEquals(0, run.code(), run.err());
    assertTrue(run.hasLine("  normalised: claude-sonnet-4-5"));
    assertTrue(run.hasLine("  known: claude-sonnet-4-5"));
    assertTrue(
        run.hasLine(
            "  input 3\\.00, 5m cache write 3\\.75, 1h cache write 6\\.00, cache read 0\\.30,"
                + " output 15\\.00"));
    assertTrue(run.hasLine("  fast mode .*: not offered, standard rates"));
    assertTrue(run.hasLine("  US inference .*: not applicable .*"));
    assertTrue(run.hasLine("  prompt-length band: above 200,000 prompt tokens .*"));
    assertTrue(run.hasLine("    input 6\\.00, .* output 22\\.50"));
    assertTrue(run.hasLine("  web search: \\$10 per 1,000 searches"));
  }

  @Test
  void modelShowsFastAndGeoMultipliersWhereTheyApply() {
    CliRun run = CliRun.of("pricing", "--model", "claude-opus-4-6[1m]");
    assertTrue(run.hasLine("  fast mode \\(usage.speed \"fast\"\\): 6x on every token"));
    assertTrue(run.hasLine("  US inference \\(inference_geo \"us\"\\): 1\\.1x on every token"));
    assertTrue(run.hasLine("    from 2026-03-13: prompt-length band dropped"));
  }

  @Test
  void atPicksThePricesInForceThatDay() {
    CliRun before = CliRun.of("pricing", "--model", "claude-sonnet-5-5", "--at", "2026-10-06");
    assertTrue(before.hasLine("Prices on 2026-10-06 .*"));
    assertTrue(before.hasLine("  input 2\\.00, .* cache read 0\\.20, output 10\\.00"));
    CliRun after = CliRun.of("pricing", "--model", "claude-sonnet-5-5", "--at", "2026-10-07");
    assertTrue(after.hasLine("  input 2\\.00, .* cache read 0\\.10, output 10\\.00"));
    assertTrue(after.hasLine("    from 2026-10-07: cache read 0\\.20 -> 0\\.10"));
    CliRun now = CliRun.of("pricing", "--model", "claude-sonnet-5-5");
    assertTrue(now.hasLine("Prices now .*"));
    assertTrue(now.hasLine("  input 2\\.00, .* cache read 0\\.10, output 10\\.00"));
  }

  @Test
  void unknownModelWarnsButSucceeds() {
    CliRun run = CliRun.of("pricing", "--model", "claude-opus-9-9");
    assertEquals(0, run.code());
    assertTrue(
        run.hasLine(
            "warning: unknown model 'claude-opus-9-9' -> priced as claude-opus-5-5 \\(the newest"
                + " opus\\)"));
    CliRun gpt = CliRun.of("pricing", "--model", "gpt-4o");
    assertEquals(0, gpt.code());
    assertTrue(gpt.hasLine("warning: unknown model 'gpt-4o' -> priced as claude-opus-5-5 .*"));
  }

  @Test
  void aMissingPricingFileExits2WithOneLine() {
    CliRun run = CliRun.of("pricing", "--pricing", dir.resolve("nope.json").toString());
    assertEquals(2, run.code());
    assertEquals(
        List.of("ccgate: no such file: " + dir.resolve("nope.json")), run.err().lines().toList());
    assertEquals("", run.out());
  }

  @Test
  void aBrokenPricingFileIsOneLineNamingTheFile() throws IOException {
    Path file = Files.writeString(dir.resolve("p.json"), "{\"as_of\": ");
    CliRun run = CliRun.of("pricing", "--pricing", file.toString());
    assertEquals(ExitCode.BAD_INPUT, run.code());
    List<String> err = run.err().lines().toList();
    assertEquals(1, err.size(), run.err());
    assertTrue(err.get(0).startsWith("ccgate: " + file + ": not valid JSON"), err.get(0));
  }

  @Test
  void aPricingFileReplacesTheBuiltinPrices() throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("litellm.json"),
            """
            {"claude-opus-4-5": {"input_cost_per_token": 4.5e-06, "output_cost_per_token": 2.25e-05,
                                 "litellm_provider": "anthropic", "mode": "chat"}}
            """);
    CliRun run = CliRun.of("pricing", "--pricing", file.toString(), "--model", "claude-opus-4-5");
    assertEquals(0, run.code(), run.err());
    // defaults from input $4.50: 5m x1.25 = 5.625, 1h x2 = 9.00, read x0.1 = 0.45
    assertTrue(
        run.hasLine(
            "  input 4\\.50, 5m cache write 5\\.625, 1h cache write 9\\.00, cache read 0\\.45,"
                + " output 22\\.50"));
  }

  @Test
  void aBadDateIsAUsageError() {
    CliRun run = CliRun.of("pricing", "--model", "claude-opus-4-5", "--at", "2026-13-01");
    assertEquals(ExitCode.USAGE, run.code());
    assertTrue(run.err().contains("--at"), run.err());
  }
}
