package dev.ccgate.simulator.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The status line's text, its redraw pacing and its silence when stderr is not a terminal. */
class TerminalProgressTest {
  private static final String CLEAR = "\u001b[K";

  private final StringWriter screen = new StringWriter();
  private long now;
  private int columns = 100;
  private int terminalsClosed;
  private final TerminalProgress progress =
      new TerminalProgress(
          new PrintWriter(screen), () -> columns, () -> now, () -> terminalsClosed++);

  /** The lines drawn so far, each without its leading CR and trailing clear-to-end. */
  private List<String> drawn() {
    List<String> out = new ArrayList<>();
    for (String part : screen.toString().split("\r", -1)) {
      if (!part.isEmpty()) {
        assertTrue(part.endsWith(CLEAR), part);
        out.add(part.substring(0, part.length() - CLEAR.length()));
      }
    }
    return out;
  }

  private void at(double seconds) {
    now = (long) (seconds * 1e9);
  }

  @Test
  void loadingShowsFilesRowsRateAndEta() {
    progress.start("loading", 4, 400_000_000L);
    at(1);
    progress.advance(1, 100_000_000L, 12_345);
    assertEquals(
        List.of(
            "loading 0/4 files  0 rows  0 MB/s  ETA 0:00",
            "loading 1/4 files  12,345 rows  100 MB/s  ETA 0:03"),
        drawn());
  }

  @Test
  void redrawsAtMostFiveTimesASecondButAlwaysShowsTheLastFile() {
    progress.start("loading", 3, 300);
    at(0.1);
    progress.advance(1, 100, 1); // 100 ms after the first draw: skipped
    at(0.25);
    progress.advance(1, 100, 1); // drawn
    at(0.3);
    progress.advance(1, 100, 1); // the last file: drawn however soon
    List<String> lines = drawn();
    assertEquals(3, lines.size(), lines.toString());
    assertTrue(lines.get(1).startsWith("loading 2/3 files  2 rows"), lines.get(1));
    assertTrue(lines.get(2).startsWith("loading 3/3 files  3 rows"), lines.get(2));
  }

  @Test
  void replayCountsRequestsWithTheirRateAndEta() {
    progress.startItems("replaying", "requests", 3_000_000);
    at(2);
    progress.advanceItems(2_000_000);
    assertEquals("replaying 2,000,000/3,000,000 requests  1,000,000/s  ETA 0:01", drawn().get(1));
  }

  @Test
  void aStepWithoutACountShowsItsElapsedTime() {
    progress.step("deduplicating");
    assertEquals(List.of("deduplicating 0:00"), drawn());
  }

  @Test
  void theLineIsCutToTheTerminalWidth() {
    columns = 30;
    progress.start("loading", 13_600, 2_000_000_000L);
    String line = drawn().get(0);
    assertEquals(29, line.length(), "one column left free so the cursor does not wrap");
    assertTrue("loading 0/13,600 files  0 rows  0 MB/s".startsWith(line), line);
  }

  @Test
  void closeClearsTheLineOnceAndThenShowsNothing() {
    progress.start("loading", 2, 2);
    progress.close();
    progress.close();
    at(5);
    progress.advance(2, 2, 2);
    assertEquals(
        "\rloading 0/2 files  0 rows  0 MB/s  ETA 0:00" + CLEAR + "\r" + CLEAR, screen.toString());
    assertEquals(1, terminalsClosed);
  }

  @Test
  void isSilentWhenStderrIsNotATerminal() {
    // Tests run with stderr piped to the build, as in CI or `ccgate ... 2> log`.
    assertSame(Progress.NONE, TerminalProgress.forStderr());
  }
}
