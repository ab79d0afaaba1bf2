package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccgate report}, run through {@link Main#run} as a user would. */
class ReportCommandTest {
  private static final String TRACES = "../simulator/src/test/resources/traces/";

  @TempDir Path dir;

  @Test
  void tableReportFitsIn100ColumnsAndShowsTheLoadAccounting() {
    CliRun r =
        CliRun.of(
            "report",
            "--traces",
            TRACES + "transcripts",
            "--traces",
            TRACES + "dedup",
            "--traces",
            TRACES + "broken",
            "--by",
            "day,developer,model",
            "--width",
            "100");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals("ccgate report: spend by day,developer,model", lines.get(0));
    assertTrue(
        r.out().contains("33 read, 14 requests used, 10 duplicates dropped, 6 rejected"), r.out());
    assertTrue(r.out().contains("! rejected broken/carol/projects/-Users-carol-web/c1.jsonl:4:"));
    int tableStart = lines.indexOf("") + 1;
    for (String line : lines.subList(tableStart, lines.size())) {
      assertTrue(line.length() <= 100, line);
    }
    assertTrue(lines.get(lines.size() - 1).startsWith("total"));
  }

  @Test
  void jsonIsByteIdenticalAcrossRunsAndCanGoToAFile() throws Exception {
    String[] args = {
      "report",
      "--traces",
      TRACES + "transcripts",
      "--traces",
      TRACES + "formats",
      "--by",
      "day,team,developer",
      "--format",
      "json"
    };
    CliRun first = CliRun.of(args);
    CliRun second = CliRun.of(args);
    assertEquals(0, first.code(), first.err());
    assertEquals(first.out(), second.out());
    assertTrue(first.out().startsWith("{\n  \"schema\" : \"ccgate.report.spend/1\","));
    Path out = dir.resolve("reports/spend.json");
    CliRun toFile = CliRun.of(concat(args, "--out", out.toString()));
    assertEquals(0, toFile.code(), toFile.err());
    assertEquals("", toFile.out());
    assertEquals(first.out(), Files.readString(out));
  }

  @Test
  void csvAndMarkdownRender() {
    CliRun csv =
        CliRun.of("report", "--traces", TRACES + "transcripts", "--by", "model", "--format", "csv");
    assertEquals(0, csv.code(), csv.err());
    assertEquals(
        "model,requests,input_tokens,output_tokens,cache_creation_5m_input_tokens,"
            + "cache_creation_1h_input_tokens,cache_read_input_tokens,web_search_requests,cost_usd",
        csv.out().lines().findFirst().orElseThrow());
    assertTrue(csv.out().contains("\nclaude-opus-5-5,1,6,812,0,4210,118934,0,0.073731\n"));
    CliRun md =
        CliRun.of("report", "--traces", TRACES + "transcripts", "--by", "model", "--format", "md");
    assertEquals(0, md.code(), md.err());
    assertTrue(md.out().contains("| model | requests |"), md.out());
    assertTrue(md.out().contains("| claude-opus-5-5 | 1 | 6 | 812 | 4,210 | 118,934 | $0.07 |"));
  }

  @Test
  void errorsAreOneLineWithTheRightExitCode() {
    CliRun missing = CliRun.of("report", "--traces", dir.resolve("nope").toString());
    assertEquals(ExitCode.USAGE, missing.code());
    assertEquals(1, missing.err().lines().count(), missing.err());
    assertTrue(missing.err().startsWith("ccgate: no such file: "), missing.err());

    CliRun strict = CliRun.of("report", "--traces", TRACES + "broken", "--strict");
    assertEquals(ExitCode.BAD_INPUT, strict.code());
    assertEquals(
        "ccgate: carol/projects/-Users-carol-web/c1.jsonl:2: malformed JSON: Unexpected"
            + " end-of-input within/between Object entries (--strict stops at the first bad"
            + " line)",
        strict.err().strip());

    CliRun badBy = CliRun.of("report", "--traces", TRACES + "broken", "--by", "fortnight");
    assertEquals(ExitCode.USAGE, badBy.code());
    assertTrue(badBy.err().contains("unknown grouping 'fortnight'"), badBy.err());
  }

  @Test
  void aPolicyMapsAliasesToDevelopersAndTeamsAndSetsTheTimezone() {
    CliRun r =
        CliRun.of(
            "report",
            "--traces",
            TRACES + "transcripts",
            "--traces",
            TRACES + "formats/admin-usage.json",
            "--traces",
            TRACES + "dedup",
            "--policy",
            "src/test/resources/report-policy.yaml",
            "--by",
            "team,developer",
            "--format",
            "csv");
    assertEquals(0, r.code(), r.err());
    List<String> lines = r.out().lines().toList();
    assertEquals(3, lines.size(), r.out());
    assertTrue(lines.get(1).startsWith("platform,alice@example.com,4,"), r.out());
    assertTrue(lines.get(2).startsWith("elsewhere,bob,"), r.out());
    CliRun json =
        CliRun.of(
            "report",
            "--traces",
            TRACES + "transcripts",
            "--policy",
            "src/test/resources/report-policy.yaml",
            "--format",
            "json");
    assertTrue(json.out().contains("\"timezone\" : \"America/New_York\""), json.out());
  }

  private static String[] concat(String[] a, String... b) {
    String[] out = java.util.Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, out, a.length, b.length);
    return out;
  }
}
