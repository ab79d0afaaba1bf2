package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.simulator.store.MissingLibraryException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

/** Each failure a user can cause or fix gets its exit code and one line saying what to do. */
class ExitCodesTest {
  private static String printed(Throwable ex) {
    StringWriter err = new StringWriter();
    ExitCodes.print(ex, new PrintWriter(err, true));
    return err.toString();
  }

  @Test
  void aMissingDuckDbLibraryIsAnInstallationProblemNotABug() {
    MissingLibraryException ex =
        new MissingLibraryException("DuckDB's native library x is not beside /opt/ccgate");
    assertEquals(ExitCode.USAGE, ExitCodes.of(ex));
    assertEquals("ccgate: DuckDB's native library x is not beside /opt/ccgate\n", printed(ex));
  }

  @Test
  void aMissingFileAndABugKeepTheirCodes() {
    assertEquals(ExitCode.USAGE, ExitCodes.of(new NoSuchFileException("p.yaml")));
    assertEquals("ccgate: no such file: p.yaml\n", printed(new NoSuchFileException("p.yaml")));
    assertEquals(ExitCode.INTERNAL, ExitCodes.of(new IllegalStateException("boom")));
  }
}
