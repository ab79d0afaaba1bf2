package dev.ccgate.simulator.load;

import static dev.ccgate.simulator.load.Traces.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.simulator.progress.Progress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --db FILE} keeps the database; unchanged inputs skip the load, changed ones reload. */
class DatabaseReuseTest {
  @TempDir Path dir;

  private LoadedTraces load(Path traces, Path db) throws Exception {
    return new TraceLoader(2)
        .load(new LoadOptions(List.of(traces), null, null, false, db, Progress.NONE));
  }

  @Test
  void aSecondRunWithTheSameInputsReusesTheDatabase() throws Exception {
    Path traces = dir.resolve("traces");
    copyTree(fixture("broken"), traces);
    Path db = dir.resolve("state/traces.duckdb");
    LoadReport first;
    try (LoadedTraces t = load(traces, db)) {
      first = t.report();
      assertFalse(first.reused());
    }
    assertTrue(Files.exists(db));
    try (LoadedTraces t = load(traces, db)) {
      LoadReport second = t.report();
      assertTrue(second.reused());
      assertEquals(first.linesRead(), second.linesRead());
      assertEquals(first.requests(), second.requests());
      assertEquals(first.rejected(), second.rejected());
      assertEquals(first.rejections(), second.rejections());
      assertEquals(first.first(), second.first());
      assertEquals(4, Traces.all(t).size());
    }
  }

  @Test
  void aChangedFileMeansAFreshLoad() throws Exception {
    Path traces = dir.resolve("traces");
    copyTree(fixture("dedup"), traces);
    Path db = dir.resolve("traces.duckdb");
    try (LoadedTraces t = load(traces, db)) {
      assertEquals(7, t.report().requests());
    }
    Path file;
    try (var walk = Files.walk(traces)) {
      file =
          walk.filter(p -> p.toString().endsWith("bbbb2222-0000-4000-8000-000000000002.jsonl"))
              .findFirst()
              .orElseThrow();
    }
    Files.writeString(file, "");
    Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000L));
    try (LoadedTraces t = load(traces, db)) {
      assertFalse(t.report().reused());
      assertEquals(6, t.report().requests(), "M4 lived only in the emptied file");
    }
  }

  @Test
  void aFileRewrittenInAnotherFormatIsDetectedAgainNotTakenFromTheManifest() throws Exception {
    Path traces = dir.resolve("traces");
    Files.createDirectories(traces);
    Path file = traces.resolve("usage.log");
    Files.copy(fixture("formats/usage.csv"), file);
    Path db = dir.resolve("traces.duckdb");
    try (LoadedTraces t = load(traces, db)) {
      assertEquals(List.of("csv"), List.copyOf(t.report().filesByFormat().keySet()));
    }
    Files.copy(fixture("formats/otel-lines.jsonl"), file, StandardCopyOption.REPLACE_EXISTING);
    try (LoadedTraces t = load(traces, db)) {
      assertFalse(t.report().reused());
      assertEquals(List.of("otel"), List.copyOf(t.report().filesByFormat().keySet()));
    }
  }

  @Test
  void aMistypedTracesFolderCreatesNoDatabase() {
    Path db = dir.resolve("none.duckdb");
    assertThrows(
        java.nio.file.NoSuchFileException.class, () -> load(dir.resolve("missing"), db).close());
    assertFalse(Files.exists(db));
  }

  private static void copyTree(Path from, Path to) throws Exception {
    try (var walk = Files.walk(from)) {
      for (Path p : walk.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.copy(p, target, StandardCopyOption.COPY_ATTRIBUTES);
        }
      }
    }
  }
}
