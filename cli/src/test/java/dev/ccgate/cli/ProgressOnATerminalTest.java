package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress line as a user sees it: {@code ccgate report} run with its stderr on a real
 * pseudo-terminal (util-linux {@code script}, as in an interactive shell) draws it and clears it at
 * the end; the same command with stderr piped writes nothing there. The report is the same.
 */
@Timeout(120) // a guard against a hang, not a timing assertion
class ProgressOnATerminalTest {
  private static final String CLEAR = "\u001b[K";

  @TempDir Path dir;

  private List<String> report(Path out) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return List.of(
        java,
        "-cp",
        System.getProperty("java.class.path"),
        Main.class.getName(),
        "report",
        "--traces",
        "../sample-traces/logs",
        "--by",
        "day",
        "--out",
        out.toString());
  }

  private static String run(List<String> command, Path stderr) throws Exception {
    Process p =
        new ProcessBuilder(command)
            .redirectInput(ProcessBuilder.Redirect.from(new java.io.File("/dev/null")))
            .redirectError(stderr.toFile())
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(90, TimeUnit.SECONDS), "finished");
    assertEquals(0, p.exitValue(), out + Files.readString(stderr));
    return out;
  }

  @Test
  void aTerminalSeesTheProgressLineAndAPipeSeesNothing() throws Exception {
    Path onTerminal = dir.resolve("terminal.txt");
    Path piped = dir.resolve("piped.txt");

    // script(1) gives the command a pseudo-terminal and copies what it shows to our pipe.
    String shown =
        run(
            List.of("script", "-qfec", shellQuoted(report(onTerminal)), "/dev/null"),
            dir.resolve("script-stderr.txt"));
    String quiet = run(report(piped), dir.resolve("stderr.txt"));

    assertTrue(shown.startsWith("\rloading 0/"), shown);
    assertTrue(Pattern.compile("\rloading (\\d+)/\\1 files  ").matcher(shown).find(), shown);
    assertTrue(shown.endsWith("\r" + CLEAR), "the line is cleared at the end: " + shown);
    assertEquals("", quiet);
    assertEquals("", Files.readString(dir.resolve("stderr.txt")));
    assertEquals(Files.readString(piped), Files.readString(onTerminal));
  }

  private static String shellQuoted(List<String> words) {
    List<String> quoted = new ArrayList<>();
    for (String w : words) {
      quoted.add("'" + w.replace("'", "'\\''") + "'");
    }
    return String.join(" ", quoted);
  }
}
