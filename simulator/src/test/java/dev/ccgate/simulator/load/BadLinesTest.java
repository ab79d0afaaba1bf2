package dev.ccgate.simulator.load;

import static dev.ccgate.simulator.load.Traces.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.store.TraceRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Broken lines are counted and reported with file:line; none of the good ones is lost. */
class BadLinesTest {
  private static final String FILE = "carol/projects/-Users-carol-web/c1.jsonl";

  @TempDir Path dir;

  @Test
  void everyBrokenLineIsReportedAndEveryGoodLineKept() throws Exception {
    try (LoadedTraces t = Traces.load(fixture("broken"))) {
      List<TraceRequest> rows = Traces.all(t);
      assertEquals(
          List.of("req_c1", "req_c2", "req_c3", "req_c4"),
          rows.stream().map(TraceRequest::requestId).toList());
      assertEquals(List.of(1L, 3L, 5L, 9L), rows.stream().map(TraceRequest::sourceLine).toList());
      LoadReport r = t.report();
      assertEquals(10, r.linesRead(), "non-blank lines");
      assertEquals(6, r.rejected());
      assertEquals(
          List.of(
              FILE + ":2: malformed JSON: Unexpected end-of-input within/between Object entries",
              FILE + ":4: missing timestamp",
              FILE + ":6: usage.input_tokens is negative",
              FILE + ":8: not a JSON object (truncated line?)",
              FILE + ":10: bad timestamp 'yesterday'"),
          r.rejections().subList(0, 5).stream().map(Rejection::toString).toList());
      assertTrue(r.rejections().get(5).toString().startsWith(FILE + ":11: malformed JSON"));
    }
  }

  @Test
  void strictStopsAtTheFirstBadLine() {
    LoadOptions strict =
        new LoadOptions(List.of(fixture("broken")), null, null, true, null, Progress.NONE);
    BadTraceException e =
        assertThrows(BadTraceException.class, () -> new TraceLoader(2).load(strict).close());
    assertTrue(e.getMessage().startsWith(FILE + ":2: malformed JSON"), e.getMessage());
  }

  @Test
  void onlyTheFirstTwentyRejectionsAreListedButAllAreCounted() throws Exception {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 25; i++) {
      lines.add("{\"type\":\"assistant\",\"message\":{\"usage\":{\"input_tokens\":1}}}");
    }
    Path f = dir.resolve("dave/projects/p/s.jsonl");
    Files.createDirectories(f.getParent());
    Files.write(f, lines);
    try (LoadedTraces t = Traces.load(dir)) {
      assertEquals(25, t.report().rejected());
      assertEquals(LoadReport.SHOWN_REJECTIONS, t.report().rejections().size());
      assertEquals(
          "dave/projects/p/s.jsonl:1: missing timestamp",
          t.report().rejections().get(0).toString());
    }
  }
}
