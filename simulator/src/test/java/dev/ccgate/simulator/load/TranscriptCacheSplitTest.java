package dev.ccgate.simulator.load;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.simulator.store.TraceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How a transcript line's cache writes split into 5-minute and 1-hour writes: the breakdown when it
 * says something, else the total as 5-minute writes (formats.md 1.3, 1.5; real-client.md B.2).
 */
class TranscriptCacheSplitTest {
  @TempDir Path dir;

  private static String line(int n, String usage) {
    return "{\"type\":\"assistant\",\"sessionId\":\"s1\",\"version\":\"2.1.197\","
        + "\"timestamp\":\"2026-11-24T15:0"
        + n
        + ":00.000Z\",\"requestId\":\"req_"
        + n
        + "\",\"message\":{\"id\":\"msg_"
        + n
        + "\",\"model\":\"claude-opus-4-8\",\"usage\":{\"input_tokens\":1,\"output_tokens\":2,"
        + usage
        + "}}}\n";
  }

  @Test
  void anAllZeroBreakdownBesideANonZeroTotalCountsTheTotalAsFiveMinuteWrites() throws Exception {
    Path file = dir.resolve("dev/projects/p/s1.jsonl");
    Files.createDirectories(file.getParent());
    Files.writeString(
        file,
        // what Claude Code writes when the API sent no breakdown
        line(
                1,
                "\"cache_creation_input_tokens\":2222,\"cache_creation\":"
                    + "{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":0}")
            // a real breakdown wins
            + line(
                2,
                "\"cache_creation_input_tokens\":2222,\"cache_creation\":"
                    + "{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":2222}")
            // before CC 2.1.152 the total could be 0 beside a non-zero breakdown
            + line(
                3,
                "\"cache_creation_input_tokens\":0,\"cache_creation\":"
                    + "{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":500}")
            // no breakdown at all
            + line(4, "\"cache_creation_input_tokens\":700")
            // nothing written
            + line(
                5,
                "\"cache_creation_input_tokens\":0,\"cache_creation\":"
                    + "{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":0}"));
    try (LoadedTraces t = Traces.load(dir)) {
      List<TraceRequest> rows = Traces.all(t);
      assertEquals(5, rows.size());
      long[][] expected = {{2222, 0}, {0, 2222}, {0, 500}, {700, 0}, {0, 0}};
      for (int i = 0; i < expected.length; i++) {
        TraceRequest r = rows.get(i);
        assertEquals(expected[i][0], r.usage().cacheWrite5mTokens(), "5m writes, line " + (i + 1));
        assertEquals(expected[i][1], r.usage().cacheWrite1hTokens(), "1h writes, line " + (i + 1));
      }
    }
  }
}
