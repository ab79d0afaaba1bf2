package dev.ccgate.simulator.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.load.LoadedTraces;
import dev.ccgate.simulator.load.TraceLoader;
import dev.ccgate.simulator.load.Traces;
import dev.ccgate.simulator.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The replay's column batches hold exactly what the row cursor gives, in the same order. */
class RequestBatchesTest {
  @TempDir Path dir;

  @Test
  void batchesMatchTheRowCursorRowForRow() throws Exception {
    try (LoadedTraces t =
        Traces.load(
            Traces.fixture("transcripts"), Traces.fixture("formats"), Traces.fixture("dedup"))) {
      List<TraceRequest> rows = Traces.all(t);
      List<String> expected = new ArrayList<>();
      for (TraceRequest r : rows) {
        expected.add(describe(r));
      }
      assertEquals(expected, describeBatches(t.store(), RequestFilter.ALL, true, 3));
      assertTrue(rows.size() > 7, "spans several batches of 3");
    }
  }

  @Test
  void aKeptDatabaseSavesTheReplayOrderOnceAndReadsTheSameRowsFromIt() throws Exception {
    Path db = dir.resolve("kept.duckdb");
    LoadOptions options =
        new LoadOptions(
            List.of(Traces.fixture("transcripts"), Traces.fixture("formats")),
            null,
            null,
            false,
            db,
            Progress.NONE);
    List<String> expected = new ArrayList<>();
    List<String> withoutIds;
    try (LoadedTraces t = new TraceLoader(2).load(options)) {
      for (TraceRequest r : Traces.all(t)) {
        expected.add(describe(r));
      }
      withoutIds = describeBatches(t.store(), RequestFilter.ALL, false, 4096);
      assertEquals(withoutIds, kept(t.store(), false), "first replay: sorts and saves");
      assertEquals(1, Traces.number(t, "SELECT count(*) FROM replay_meta WHERE key = 'fields'"));
      assertEquals(withoutIds, kept(t.store(), false), "second replay: scans what was saved");
      assertEquals(expected, kept(t.store(), true), "with request ids: sorts, saved dictionaries");
    }
    try (LoadedTraces again = new TraceLoader(2).load(options)) {
      assertTrue(again.report().reused());
      assertEquals(withoutIds, kept(again.store(), false), "a later run on the kept database");
      again.store().reset();
      assertEquals(
          0,
          Traces.number(
              again,
              "SELECT count(*) FROM information_schema.tables WHERE table_name LIKE 'replay_%'"));
    }
  }

  private static List<String> kept(RequestStore store, boolean ids) throws Exception {
    List<String> out = new ArrayList<>();
    try (RequestBatches batches = store.batches(RequestFilter.ALL, ids)) {
      RequestBatch b;
      while ((b = batches.next()) != null) {
        for (int i = 0; i < b.size(); i++) {
          out.add(describe(b, i));
        }
      }
    }
    return out;
  }

  @Test
  void requestIdsAreReadOnlyWhenAskedAndRowsWithoutOneGetTheFileAndOrdinal() throws Exception {
    Files.writeString(
        dir.resolve("u.csv"),
        "time,developer,model,input_tokens,output_tokens\n"
            + "2026-11-24T10:00:00Z,x,claude-opus-4-5,1,1\n");
    try (LoadedTraces t = Traces.load(dir);
        RequestBatches without = t.store().batches(RequestFilter.ALL, false)) {
      RequestBatch b = without.next();
      assertEquals(1, b.size());
      assertNull(b.requestId(0));
      assertNull(without.next());
      try (RequestBatches with = t.store().batches(RequestFilter.ALL, true)) {
        assertEquals("u.csv#0", with.next().requestId(0));
      }
    }
  }

  @Test
  void aWindowKeepsOnlyItsRequests() throws Exception {
    try (LoadedTraces t = Traces.load(Traces.fixture("formats"))) {
      Instant from = Instant.parse("2026-11-26T09:00:30Z");
      List<String> all = describeBatches(t.store(), RequestFilter.ALL, true, 4096);
      List<String> some = describeBatches(t.store(), new RequestFilter(from, null), true, 4096);
      assertFalse(some.isEmpty());
      assertTrue(some.size() < all.size());
      assertEquals(all.subList(all.size() - some.size(), all.size()), some);
    }
  }

  private static List<String> describeBatches(
      RequestStore store, RequestFilter filter, boolean ids, int size) throws Exception {
    List<String> out = new ArrayList<>();
    try (RequestBatches batches =
        new RequestBatches(store.connection(), filter, ids, size, false)) {
      RequestBatch b;
      while ((b = batches.next()) != null) {
        for (int i = 0; i < b.size(); i++) {
          out.add(describe(b, i));
        }
      }
    }
    return out;
  }

  private static String describe(RequestBatch b, int i) {
    return String.join(
        "|",
        Long.toString(b.timeMicros(i)),
        b.developer(i),
        String.valueOf(b.team(i)),
        b.session(i),
        b.requestId(i),
        b.model(i),
        b.billedModel(i),
        b.inputTokens(i)
            + ","
            + b.outputTokens(i)
            + ","
            + b.cacheWrite5m(i)
            + ","
            + b.cacheWrite1h(i)
            + ","
            + b.cacheRead(i)
            + ","
            + b.webSearches(i),
        b.speed(i).name(),
        b.inferenceGeo(i),
        Boolean.toString(b.refused(i)),
        b.sourceFile(i),
        Boolean.toString(b.agentCode(i) != 0));
  }

  private static String describe(TraceRequest r) {
    Instant t = r.time();
    long us = t.getEpochSecond() * 1_000_000L + t.getNano() / 1_000;
    return String.join(
        "|",
        Long.toString(us),
        r.developer(),
        String.valueOf(r.team()),
        r.session(),
        r.requestId(),
        r.model(),
        r.billedModel(),
        r.usage().inputTokens()
            + ","
            + r.usage().outputTokens()
            + ","
            + r.usage().cacheWrite5mTokens()
            + ","
            + r.usage().cacheWrite1hTokens()
            + ","
            + r.usage().cacheReadTokens()
            + ","
            + r.usage().webSearches(),
        r.usage().speed().name(),
        r.usage().inferenceGeo(),
        Boolean.toString(r.refused()),
        r.sourceFile(),
        Boolean.toString(r.agentId() != null));
  }
}
