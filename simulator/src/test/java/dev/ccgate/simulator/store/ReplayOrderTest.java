package dev.ccgate.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.Traces;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The cursor walks requests by time; ties go by source file, then position in the file. */
class ReplayOrderTest {
  private static final String HEADER =
      "time,developer,request_id,model,input_tokens,output_tokens\n";

  @TempDir Path dir;

  @Test
  void ordersByTimeThenFileThenPosition() throws Exception {
    Files.writeString(
        dir.resolve("b.csv"),
        HEADER
            + "2026-11-24T10:00:00Z,x,b1,claude-opus-4-5,1,1\n"
            + "2026-11-24T09:00:00Z,x,b2,claude-opus-4-5,1,1\n"
            + "2026-11-24T10:00:00Z,x,b3,claude-opus-4-5,1,1\n");
    Files.writeString(
        dir.resolve("a.csv"),
        HEADER
            + "2026-11-24T10:00:00Z,x,a1,claude-opus-4-5,1,1\n"
            + "2026-11-24T11:00:00Z,x,a2,claude-opus-4-5,1,1\n");
    try (LoadedTraces t = Traces.load(dir)) {
      assertEquals(List.of("b2", "a1", "b1", "b3", "a2"), ids(t.store(), RequestFilter.ALL));
      assertEquals(
          List.of("a1", "b1", "b3"),
          ids(
              t.store(),
              new RequestFilter(
                  Instant.parse("2026-11-24T10:00:00Z"), Instant.parse("2026-11-24T11:00:00Z"))));
    }
  }

  private static List<String> ids(RequestStore store, RequestFilter filter) throws Exception {
    List<String> out = new ArrayList<>();
    try (RequestCursor c = store.replay(filter)) {
      c.forEachRemaining(r -> out.add(r.requestId()));
    }
    return out;
  }
}
