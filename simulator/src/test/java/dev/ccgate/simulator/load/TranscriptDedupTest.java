package dev.ccgate.simulator.load;

import static dev.ccgate.simulator.load.Traces.fixture;
import static dev.ccgate.simulator.load.Traces.number;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.simulator.store.TraceRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The dedup fixture holds per-content-block copies (M1 x3), streaming snapshots with growing counts
 * (M2), a {@code --continue} copy of M1-M3 in a second session file, a sidechain replay of M1 with
 * a new request id, a subagent call written as two blocks (M5) and two lines with no message id.
 * Seven requests are real.
 */
class TranscriptDedupTest {
  private static final long DEDUPED_TOKENS = 6110 + 8320 + 7045 + 8588 + 11210 + 4;
  private static final long RAW_TOKENS = 108_387;

  @Test
  void keepsOneRowPerRequestAcrossFilesAndSidechains() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("dedup"))) {
      assertEquals(16, t.report().rowsRead());
      assertEquals(7, t.report().requests());
      assertEquals(9, t.report().duplicates());
      assertEquals(DEDUPED_TOKENS, Traces.totalTokens(t));
    }
  }

  @Test
  void withoutDedupTheTotalsWouldBeMoreThanTwiceAsHigh() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("dedup"))) {
      long raw =
          number(
              t,
              "SELECT sum(input_tokens + output_tokens + cache_write_5m + cache_write_1h"
                  + " + cache_read) FROM read_json_auto('"
                  + fixture("dedup").toAbsolutePath()
                  + "/**/*.jsonl', ignore_errors=true, union_by_name=true) t,"
                  + " LATERAL (SELECT t.message.usage.input_tokens AS input_tokens,"
                  + " t.message.usage.output_tokens AS output_tokens,"
                  + " t.message.usage.cache_creation.ephemeral_5m_input_tokens AS cache_write_5m,"
                  + " t.message.usage.cache_creation.ephemeral_1h_input_tokens AS cache_write_1h,"
                  + " t.message.usage.cache_read_input_tokens AS cache_read)");
      assertEquals(RAW_TOKENS, raw);
      assertTrue(raw > 2 * Traces.totalTokens(t), "raw sums over-count by about 2x or more");
    }
  }

  @Test
  void streamingSnapshotsKeepTheLargestAndContentBlocksKeepTheFirst() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("dedup"))) {
      List<TraceRequest> rows = Traces.all(t);
      TraceRequest m2 = only(rows, "msg_M2");
      assertEquals(300, m2.usage().outputTokens());
      TraceRequest m1 = only(rows, "msg_M1");
      assertEquals("2026-11-24T10:00:01Z", m1.time().toString());
      assertEquals(false, m1.sidechain(), "the non-sidechain copy wins over the /btw replay");
      assertEquals(1000, m1.usage().cacheWrite1hTokens());
      TraceRequest m5 = only(rows, "msg_M5");
      assertEquals("9f", m5.agentId());
      assertEquals(9011, m5.usage().cacheWrite5mTokens());
      assertEquals(2, rows.stream().filter(r -> r.messageId() == null).count());
    }
  }

  @Test
  void aTieOnTokensPrefersTheRowThatHasSpeed() throws Exception {
    java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("tie");
    try {
      java.nio.file.Path f = dir.resolve("carol/projects/p/s.jsonl");
      java.nio.file.Files.createDirectories(f.getParent());
      String noSpeed =
          "{\"sessionId\":\"s\",\"type\":\"assistant\",\"timestamp\":\"2026-11-24T10:00:00Z\","
              + "\"requestId\":\"r\",\"message\":{\"id\":\"m\",\"model\":\"claude-opus-4-6\","
              + "\"usage\":{\"input_tokens\":1,\"output_tokens\":2}}}";
      String fast =
          noSpeed
              .replace("\"output_tokens\":2}", "\"output_tokens\":2,\"speed\":\"fast\"}")
              .replace("10:00:00Z", "10:00:05Z");
      java.nio.file.Files.writeString(f, noSpeed + "\n" + fast + "\n");
      try (LoadedTraces t = Traces.load(dir)) {
        List<TraceRequest> rows = Traces.all(t);
        assertEquals(1, rows.size());
        assertEquals(dev.ccgate.pricing.Speed.FAST, rows.get(0).usage().speed());
        assertEquals("carol", rows.get(0).developer());
      }
    } finally {
      try (var walk = java.nio.file.Files.walk(dir)) {
        walk.sorted(java.util.Comparator.reverseOrder())
            .map(java.nio.file.Path::toFile)
            .forEach(java.io.File::delete);
      }
    }
  }

  private static TraceRequest only(List<TraceRequest> rows, String messageId) {
    List<TraceRequest> found = rows.stream().filter(r -> messageId.equals(r.messageId())).toList();
    assertEquals(1, found.size(), messageId);
    return found.get(0);
  }
}
