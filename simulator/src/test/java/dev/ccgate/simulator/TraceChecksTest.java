package dev.ccgate.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.Traces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The warnings every report carries about the traces themselves. */
class TraceChecksTest {
  private static final String HEADER =
      "time,developer,request_id,model,input_tokens,output_tokens\n";

  @TempDir Path dir;

  @Test
  void warnsWhenTheSameRequestIdsArriveInTwoFormats() throws Exception {
    Files.writeString(
        dir.resolve("a.csv"),
        HEADER
            + "2026-11-24T10:00:00Z,x,r1,claude-opus-4-5,1,1\n"
            + "2026-11-24T10:01:00Z,x,r2,claude-opus-4-5,1,1\n");
    Files.copy(Traces.fixture("formats/decisions.jsonl"), dir.resolve("decisions.jsonl"));
    try (LoadedTraces alone = Traces.load(dir.resolve("a.csv"))) {
      assertEquals(List.of(), TraceChecks.warnings(alone.store()));
    }
    try (LoadedTraces both = Traces.load(dir)) {
      assertEquals(List.of(), TraceChecks.warnings(both.store()), "two formats, no shared ids");
    }
    String id = firstRequestId(Traces.fixture("formats/decisions.jsonl"));
    Files.writeString(
        dir.resolve("b.csv"), HEADER + "2026-11-24T10:02:00Z,x," + id + ",claude-opus-4-5,1,1\n");
    try (LoadedTraces shared = Traces.load(dir)) {
      assertEquals(
          List.of(
              "request ids found in more than one format (csv, decisions): the same traffic may"
                  + " be counted twice"),
          TraceChecks.warnings(shared.store()));
    }
  }

  private static String firstRequestId(Path decisions) throws Exception {
    String line = Files.readAllLines(decisions).get(0);
    int at = line.indexOf("\"request_id\":\"") + "\"request_id\":\"".length();
    return line.substring(at, line.indexOf('"', at));
  }
}
