package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Every command that takes a policy treats a broken one alike: each error with its position and
 * hint, as {@code ccgate validate} prints them, then the summary, and exit 1 with nothing on
 * stdout.
 */
class PolicyErrorsTest {
  private static final String TRACES = "../sample-traces/logs";

  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(strings = {"simulate", "report", "serve"})
  void aBrokenPolicyListsEveryErrorWithItsHintAndExitsOne(String command) throws Exception {
    Path policy = dir.resolve("broken.yaml");
    Files.writeString(
        policy,
        "version: 1\n"
            + "teams:\n"
            + "  platform:\n"
            + "    budget: {daily: -5}\n"
            + "    budgt: {daily: 100}\n");
    String p = policy.toString();
    String[] args =
        switch (command) {
          case "simulate" -> new String[] {"simulate", p, "--traces", TRACES};
          case "report" -> new String[] {"report", "--policy", p, "--traces", TRACES};
          default ->
              new String[] {
                "serve",
                "--policy",
                p,
                "--keys",
                dir.resolve("keys.yaml").toString(),
                "--state",
                dir.resolve("state").toString(),
                "--port",
                "0"
              };
        };
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);

    String e = err.toString();
    assertEquals(ExitCode.FINDINGS, code, e);
    assertEquals("", out.toString());
    assertTrue(e.contains(p + ":4:21: error: teams.platform.budget.daily must be more than"), e);
    assertTrue(e.contains(p + ":5:5: error: unknown key 'budgt'"), e);
    assertTrue(e.contains("  hint: "), e);
    assertTrue(e.endsWith("ccgate: 2 errors, 0 warnings in 1 file\n"), e);
  }

  @Test
  void simulateReadsThePolicyWhileFindingTracesButABrokenOneWritesNoDatabase() throws Exception {
    // The policy is parsed on another thread while the traces are found; the load waits for it
    // before it creates a database, so a broken policy leaves none behind.
    Path policy = dir.resolve("broken.yaml");
    Files.writeString(policy, "version: 1\nstages: [{at: 80%, action: alrt}]\n");
    Path db = dir.resolve("kept.duckdb");
    StringWriter err = new StringWriter();

    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "simulate",
            policy.toString(),
            "--traces",
            TRACES,
            "--db",
            db.toString());

    assertEquals(ExitCode.FINDINGS, code, err.toString());
    assertTrue(err.toString().contains(policy + ":2:"), err.toString());
    assertFalse(Files.exists(db), "a database was created for a broken policy");
  }
}
