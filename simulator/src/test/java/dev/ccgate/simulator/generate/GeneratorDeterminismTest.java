package dev.ccgate.simulator.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The same seed writes the same bytes, whatever the thread count; another seed does not. */
class GeneratorDeterminismTest {
  @TempDir Path dir;

  @ParameterizedTest
  @EnumSource(GenerateFormat.class)
  void sameSeedWritesByteIdenticalFilesWithAnyThreadCount(GenerateFormat format) throws Exception {
    GenerateSummary a = Trees.numbered(dir.resolve("a"), format, 9, 3, 6, 42, 1);
    GenerateSummary b = Trees.numbered(dir.resolve("b"), format, 9, 3, 6, 42, 4);
    assertTrue(Trees.identical(dir.resolve("a"), dir.resolve("b")));
    assertEquals(a.apiCalls(), b.apiCalls());
    assertEquals(a.lines(), b.lines());
    assertTrue(a.apiCalls() > 100, "enough traffic to mean something: " + a.apiCalls());
  }

  @Test
  void aDifferentSeedWritesDifferentTraffic() throws Exception {
    GenerateSummary a = Trees.numbered(dir.resolve("a"), GenerateFormat.CSV, 9, 3, 6, 42, 2);
    GenerateSummary b = Trees.numbered(dir.resolve("b"), GenerateFormat.CSV, 9, 3, 6, 43, 2);
    assertFalse(Trees.identical(dir.resolve("a"), dir.resolve("b")));
    assertTrue(a.apiCalls() != b.apiCalls() || a.costMicros() != b.costMicros());
  }

  @Test
  void theSummaryCountsWhatIsOnDisk() throws Exception {
    Path out = dir.resolve("t");
    GenerateSummary s = Trees.numbered(out, GenerateFormat.TRANSCRIPTS, 6, 2, 5, 7, 2);
    assertEquals(Trees.files(out).size(), s.files());
    assertEquals(Trees.bytes(out), s.bytes());
    long lines = 0;
    for (Path f : Trees.files(out)) {
      lines += Files.readAllLines(out.resolve(f)).size();
    }
    assertEquals(lines, s.lines());
  }

  @Test
  void refusesAFolderThatAlreadyHoldsFiles() throws Exception {
    Files.writeString(dir.resolve("keep.txt"), "mine");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Trees.numbered(dir, GenerateFormat.CSV, 2, 1, 1, 1, 1));
    assertTrue(e.getMessage().contains("is not empty"), e.getMessage());
    assertEquals("mine", Files.readString(dir.resolve("keep.txt")));
  }
}
