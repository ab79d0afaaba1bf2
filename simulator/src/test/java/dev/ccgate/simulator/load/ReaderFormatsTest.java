package dev.ccgate.simulator.load;

import static dev.ccgate.simulator.load.Traces.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.pricing.Speed;
import dev.ccgate.simulator.store.TraceRequest;
import dev.ccgate.simulator.trace.TraceFormat;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One fixture per format, written from formats.md (its example lines verbatim plus variants). */
class ReaderFormatsTest {
  private static List<TraceRequest> rows(String fixture) throws Exception {
    try (LoadedTraces t = Traces.load(fixture(fixture))) {
      return Traces.all(t);
    }
  }

  @Test
  void transcriptExampleLinesGiveOneMainRequestOneSubagentCallAndTheSyntheticEvent()
      throws Exception {
    try (LoadedTraces t = Traces.load(fixture("transcripts"))) {
      List<TraceRequest> rows = Traces.all(t);
      assertEquals(3, rows.size(), "1.7 (a)+(b) are one request; (c) and <synthetic> one each");
      TraceRequest a = rows.get(0);
      assertEquals("alice", a.developer(), "the first folder under the traces root");
      assertEquals("3f2b8c1e-6a4d-4e0b-9c71-2d5e8a9b1f34", a.session());
      assertEquals("req_011CfQ2m8sLk4pZr9vXy1aBc", a.requestId());
      assertEquals("claude-opus-5-5", a.model());
      assertEquals(6, a.usage().inputTokens());
      assertEquals(812, a.usage().outputTokens());
      assertEquals(0, a.usage().cacheWrite5mTokens());
      assertEquals(4210, a.usage().cacheWrite1hTokens(), "the 5m/1h split wins");
      assertEquals(118_934, a.usage().cacheReadTokens());
      assertEquals("global", a.usage().inferenceGeo());
      assertEquals("2026-11-24T15:42:07.318Z", a.time().toString());
      TraceRequest c = rows.get(1);
      assertTrue(c.sidechain());
      assertEquals("7a1c", c.agentId());
      assertEquals("claude-haiku-4-5-20251001", c.model());
      assertEquals(9011, c.usage().cacheWrite5mTokens());
      TraceRequest synthetic = rows.get(2);
      assertEquals("<synthetic>", synthetic.model());
      assertEquals(0, synthetic.usage().promptTokens() + synthetic.usage().outputTokens());
      assertEquals(1, t.report().duplicates());
      assertEquals(6, t.report().linesRead(), "user, two blocks, cost-state, synthetic, subagent");
    }
  }

  @Test
  void otelExampleUsesTheEventTimestampEmailAndTeam() throws Exception {
    List<TraceRequest> rows = rows("formats/otel-example.json");
    assertEquals(1, rows.size());
    TraceRequest r = rows.get(0);
    assertEquals("alice@example.com", r.developer());
    assertEquals("platform", r.team(), "team.id before cost_center");
    assertEquals("3f2b8c1e-6a4d-4e0b-9c71-2d5e8a9b1f34", r.session());
    assertEquals("2026-11-24T15:42:07.318Z", r.time().toString());
    assertEquals(4210, r.usage().cacheWrite5mTokens(), "no TTL split in OTel: all 5-minute");
    assertEquals(118_934, r.usage().cacheReadTokens());
    assertEquals(Speed.STANDARD, r.usage().speed(), "OTel's 'normal' is standard speed");
  }

  @Test
  void otelLinesAcceptStringNumbersSkipOtherEventsAndRejectABrokenLine() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("formats/otel-lines.jsonl"))) {
      List<TraceRequest> rows = Traces.all(t);
      assertEquals(2, rows.size());
      TraceRequest bob = rows.get(0);
      assertEquals("bob@example.com", bob.developer());
      assertEquals("eng-456", bob.team(), "cost_center when there is no team.id");
      assertEquals(100, bob.usage().inputTokens());
      assertEquals(1000, bob.usage().cacheReadTokens());
      assertEquals(Speed.FAST, bob.usage().speed());
      assertTrue(bob.sidechain(), "query_source=subagent");
      assertEquals("2026-11-24T16:00:00Z", bob.time().toString(), "from timeUnixNano");
      assertEquals("data", rows.get(1).team());
      assertEquals(1, t.report().rejected());
      assertEquals(2, t.report().rejections().get(0).line());
    }
  }

  @Test
  void adminReportRowsBecomeRequestsAtTheBucketStart() throws Exception {
    List<TraceRequest> rows = rows("formats/admin-usage.json");
    assertEquals(1, rows.size());
    TraceRequest r = rows.get(0);
    assertEquals("user_01WCz1FkmYMm4gnmykNKUu3Q", r.developer(), "account_id first");
    assertEquals("2026-11-24T00:00:00Z", r.time().toString());
    assertEquals(1500, r.usage().inputTokens());
    assertEquals(500, r.usage().cacheWrite5mTokens());
    assertEquals(1000, r.usage().cacheWrite1hTokens());
    assertEquals(200, r.usage().cacheReadTokens());
    assertEquals(500, r.usage().outputTokens());
    assertEquals(10, r.usage().webSearches());
    assertEquals(TraceFormat.ADMIN, r.format());
    assertTrue(r.requestId().startsWith("admin-usage.json#"), "a stable synthetic request id");
  }

  @Test
  void bedrockDeveloperIsTheArnSessionName() throws Exception {
    List<TraceRequest> example = rows("formats/bedrock-example.json");
    assertEquals(1, example.size());
    TraceRequest r = example.get(0);
    assertEquals("alice@example.com", r.developer());
    assertEquals("platform", r.team());
    assertEquals("us.anthropic.claude-opus-4-8", r.model());
    assertEquals(6, r.usage().inputTokens());
    assertEquals(4210, r.usage().cacheWrite5mTokens());
    assertEquals(118_934, r.usage().cacheReadTokens());
    assertEquals(812, r.usage().outputTokens());
    try (LoadedTraces t = Traces.load(fixture("formats/bedrock-lines.jsonl"))) {
      List<TraceRequest> rows = Traces.all(t);
      assertEquals("erin", rows.get(0).developer(), "an IAM user ARN names the user");
      assertNull(rows.get(0).team());
      assertEquals(
          "formats/bedrock-lines.jsonl".substring(8) + ":2: missing identity.arn",
          t.report().rejections().get(0).toString());
    }
  }

  @Test
  void liteLlmJsonAndCsvTakeCacheTokensOutOfThePrompt() throws Exception {
    List<TraceRequest> json = rows("formats/litellm-spend.json");
    assertEquals(2, json.size());
    TraceRequest frank = json.get(0);
    assertEquals("frank@example.com", frank.developer());
    assertEquals("platform", frank.team(), "the key's team alias");
    assertEquals("claude-sonnet-4-5", frank.model(), "provider prefix dropped");
    assertEquals(500, frank.usage().inputTokens(), "11000 prompt - 10000 read - 500 written");
    assertEquals(10_000, frank.usage().cacheReadTokens());
    assertEquals(500, frank.usage().cacheWrite5mTokens());
    assertEquals("ci-bot", json.get(1).developer(), "the key alias when there is no user");
    try (LoadedTraces t = Traces.load(fixture("formats/litellm-spend.csv"))) {
      List<TraceRequest> csv = Traces.all(t);
      assertEquals(1, csv.size());
      assertEquals("data", csv.get(0).team());
      assertEquals(500, csv.get(0).usage().inputTokens());
      assertEquals(
          "litellm-spend.csv:3: prompt_tokens is not an integer: 'abc'",
          t.report().rejections().get(0).toString());
    }
  }

  @Test
  void decisionLogKeepsTheAskedModelAndMarksPausesRefused() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("formats/decisions.jsonl"))) {
      List<TraceRequest> rows = Traces.all(t);
      assertEquals(2, rows.size());
      assertEquals("claude-opus-4-5", rows.get(0).model());
      assertEquals("claude-sonnet-4-5", rows.get(0).billedModel());
      assertFalse(rows.get(0).refused());
      assertTrue(rows.get(1).refused());
      assertEquals(
          "decisions.jsonl:3: missing field 'request_id'",
          t.report().rejections().get(0).toString());
    }
  }

  @Test
  void creditsAndResetsInAGatewayLogAreReadPastNeitherRowsNorRejections(@TempDir Path dir)
      throws Exception {
    // A gateway log may start with an admin credit: it must still be recognised as a decision log.
    List<String> decisions = Files.readAllLines(fixture("formats/decisions.jsonl")).subList(0, 2);
    Path log =
        Files.write(
            dir.resolve("decisions-2026-11-27.jsonl"),
            List.of(
                "{\"time\":\"2026-11-27T09:00:00Z\",\"adjustment\":\"credit\","
                    + "\"wallet\":\"team:platform:daily\",\"usd\":50.000000,\"spent_usd\":0,"
                    + "\"source\":\"admin\"}",
                decisions.get(0),
                "{\"time\":\"2026-11-27T10:00:30Z\",\"adjustment\":\"reset\","
                    + "\"wallet\":\"org:monthly\",\"usd\":0,\"spent_usd\":0,\"source\":\"admin\"}",
                decisions.get(1)));
    try (LoadedTraces t = Traces.load(log)) {
      assertEquals(Map.of("decisions", 1L), t.report().filesByFormat());
      List<TraceRequest> rows = Traces.all(t);
      assertEquals(2, rows.size());
      assertEquals("req_gw_1", rows.get(0).requestId());
      assertEquals(List.of(), t.report().rejections());
    }
  }

  @Test
  void genericCsvMapsColumnsByName() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("formats/usage.csv"))) {
      List<TraceRequest> rows = Traces.all(t);
      assertEquals(2, rows.size());
      TraceRequest r = rows.get(0);
      assertEquals("heidi@example.com", r.developer());
      assertEquals("data", r.team());
      assertEquals(30, r.usage().cacheWrite5mTokens());
      assertEquals(40, r.usage().cacheWrite1hTokens());
      assertEquals(Speed.FAST, r.usage().speed());
      assertEquals("us", r.usage().inferenceGeo());
      assertEquals(2, r.usage().webSearches());
      assertEquals(
          "usage.csv:4: bad timestamp 'not-a-time'", t.report().rejections().get(0).toString());
    }
  }

  @Test
  void aMixedFolderIsReadFileByFile() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("formats"))) {
      assertEquals(
          Map.of("otel", 2L, "admin", 1L, "bedrock", 2L, "litellm", 2L, "decisions", 1L, "csv", 1L),
          t.report().filesByFormat());
      assertEquals(List.of(), t.report().skippedFiles());
      assertEquals(3 + 1 + 2 + 3 + 2 + 2, t.report().requests());
    }
  }
}
