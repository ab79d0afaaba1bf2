package dev.ccgate.simulator.load;

import static dev.ccgate.simulator.load.Traces.fixture;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.store.TraceRequest;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every fixture tree gzipped file by file loads exactly as the plain tree: same formats, rows, line
 * numbers and rejections, with the {@code .gz} names in sources and messages.
 */
class GzipTracesTest {
  @TempDir Path dir;

  @Test
  void gzippedTranscriptsDeduplicateAndNameSessionsAsThePlainOnes() throws Exception {
    assertSameLoad("dedup");
    assertSameLoad("transcripts");
  }

  @Test
  void gzippedFilesOfEveryOtherFormatAreDetectedAndReadAsThePlainOnes() throws Exception {
    LoadReport gz = assertSameLoad("formats");
    assertEquals(List.of(), gz.skippedFiles());
    assertEquals(9, gz.filesByFormat().values().stream().mapToLong(Long::longValue).sum());
  }

  @Test
  void aBrokenLineInsideAGzippedFileIsReportedAsItsFileAndLine() throws Exception {
    LoadReport gz = assertSameLoad("broken");
    String file = "carol/projects/-Users-carol-web/c1.jsonl.gz";
    assertEquals(6, gz.rejected());
    assertEquals(
        file + ":2: malformed JSON: Unexpected end-of-input within/between Object entries",
        gz.rejections().get(0).toString());
    assertEquals(
        file + ":8: not a JSON object (truncated line?)", gz.rejections().get(3).toString());
  }

  @Test
  void strictNamesTheGzippedFileAndLine() throws Exception {
    Path root = gzipTree(fixture("broken"), dir.resolve("gz"));
    LoadOptions strict = new LoadOptions(List.of(root), null, null, true, null, Progress.NONE);
    BadTraceException e =
        assertThrows(BadTraceException.class, () -> new TraceLoader(2).load(strict).close());
    assertTrue(
        e.getMessage().startsWith("carol/projects/-Users-carol-web/c1.jsonl.gz:2: malformed JSON"),
        e.getMessage());
  }

  @Test
  void aFileNamedGzThatIsNotGzipIsAClearErrorNamingIt() throws Exception {
    Path fake = dir.resolve("alice/projects/p/s.jsonl.gz");
    Files.createDirectories(fake.getParent());
    Files.writeString(fake, "{\"type\":\"user\"}\n");
    IOException e = assertThrows(IOException.class, () -> Traces.load(dir).close());
    assertTrue(e.getMessage().contains("s.jsonl.gz: not a readable gzip file"), e.getMessage());
  }

  @Test
  void aTruncatedGzipFileIsAClearErrorNamingIt() throws Exception {
    Path whole = gzip(fixture("formats/usage.csv"), dir.resolve("whole/usage.csv.gz"));
    byte[] bytes = Files.readAllBytes(whole);
    Path cut = dir.resolve("cut/usage.csv.gz");
    Files.createDirectories(cut.getParent());
    Files.write(cut, java.util.Arrays.copyOf(bytes, bytes.length - 12));
    IOException e =
        assertThrows(
            IOException.class,
            () -> new TraceLoader(2).load(LoadOptions.of(cut.getParent())).close());
    assertTrue(e.getMessage().contains("usage.csv.gz: not a readable gzip file"), e.getMessage());
  }

  /** Loads the fixture plain and gzipped; asserts both agree; returns the gzipped load's report. */
  private LoadReport assertSameLoad(String fixture) throws Exception {
    Path gz = gzipTree(fixture(fixture), dir.resolve(fixture + "-gz"));
    try (LoadedTraces plain = Traces.load(fixture(fixture));
        LoadedTraces zipped = Traces.load(gz)) {
      List<TraceRequest> expected = Traces.all(plain);
      List<TraceRequest> actual = Traces.all(zipped);
      assertEquals(expected.size(), actual.size());
      for (int i = 0; i < expected.size(); i++) {
        TraceRequest a = actual.get(i);
        assertTrue(a.sourceFile().endsWith(".gz"), a.sourceFile());
        assertEquals(expected.get(i), withSource(a, expected.get(i).sourceFile()));
        assertEquals(expected.get(i).sourceFile() + ".gz", a.sourceFile());
      }
      LoadReport p = plain.report();
      LoadReport z = zipped.report();
      assertEquals(p.filesByFormat(), z.filesByFormat());
      assertEquals(p.linesRead(), z.linesRead());
      assertEquals(p.rowsRead(), z.rowsRead());
      assertEquals(p.duplicates(), z.duplicates());
      assertEquals(p.rejected(), z.rejected());
      assertEquals(
          p.rejections().stream()
              .map(r -> r.file() + ".gz:" + r.line() + ": " + r.reason())
              .toList(),
          z.rejections().stream().map(Rejection::toString).toList());
      assertEquals(Traces.totalTokens(plain), Traces.totalTokens(zipped));
      return z;
    }
  }

  /** {@code r} as if read from {@code source}. */
  private static TraceRequest withSource(TraceRequest r, String source) {
    return new TraceRequest(
        r.time(),
        r.developer(),
        r.team(),
        r.session(),
        // a request without an id gets "<source file>#<position>", naming the .gz file
        r.requestId().replace(r.sourceFile() + "#", source + "#"),
        r.messageId(),
        r.model(),
        r.servedModel(),
        r.usage(),
        r.sidechain(),
        r.agentId(),
        r.refused(),
        source,
        r.sourceLine(),
        r.format());
  }

  /** Copies {@code from} to {@code to}, gzipping every file into {@code <name>.gz}. */
  private static Path gzipTree(Path from, Path to) throws IOException {
    List<Path> files;
    try (Stream<Path> walk = Files.walk(from)) {
      files = walk.filter(Files::isRegularFile).toList();
    }
    for (Path f : files) {
      gzip(f, to.resolve(from.relativize(f).toString() + ".gz"));
    }
    return to;
  }

  private static Path gzip(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(to))) {
      out.write(Files.readAllBytes(from));
    }
    byte[] head = Files.readAllBytes(to);
    assertTrue(head[0] == (byte) 0x1f && head[1] == (byte) 0x8b, "really gzipped");
    return to;
  }
}
