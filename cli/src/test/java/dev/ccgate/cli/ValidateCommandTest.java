package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
  @TempDir Path dir;

  private Path write(String name, String yaml) throws IOException {
    Path file = dir.resolve(name);
    Files.writeString(file, yaml, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void aCleanPolicyExitsZero() throws IOException {
    Path p = write("ok.yaml", "version: 1\ntimezone: UTC\n");
    CliRun r = CliRun.of("validate", p.toString());
    assertEquals(0, r.code());
    assertEquals("ok: 1 file\n", r.out());
    assertEquals("", r.err());
  }

  @Test
  void errorsPrintSortedWithHintsAndExitOne() throws IOException {
    Path p =
        write(
            "bad.yaml",
            """
            version: 1
            timezon: UTC
            stages:
              - {at: 80%, action: alrt}
              - {at: 90%, action: pause}
            """);
    CliRun r = CliRun.of("validate", p.toString());
    assertEquals(1, r.code());
    assertEquals(
        p
            + ":2:1: error: unknown key 'timezon' at the top level\n"
            + "  hint: did you mean 'timezone'?\n"
            + p
            + ":4:23: error: unknown stage action 'alrt' at stages[0].action\n"
            + "  hint: did you mean 'alert'?\n"
            + p
            + ":5:5: warning: a pause at 90% stops work before the budget is spent\n"
            + "  hint: pause at 100% or more, and alert or downgrade before it\n"
            + "2 errors, 1 warning in 1 file\n",
        r.out());
  }

  @Test
  void warningsAloneExitZero() throws IOException {
    Path p = write("warn.yaml", "version: 1\nstages:\n  - {at: 90%, action: pause}\n");
    CliRun r = CliRun.of("validate", p.toString());
    assertEquals(0, r.code());
    assertTrue(r.out().endsWith("0 errors, 1 warning in 1 file\n"), r.out());
  }

  @Test
  void anUnreadableFileExitsTwoWithOneLine() throws IOException {
    Path ok = write("ok.yaml", "version: 1\n");
    Path missing = dir.resolve("missing.yaml");
    CliRun r = CliRun.of("validate", ok.toString(), missing.toString());
    assertEquals(2, r.code());
    assertEquals("ccgate: cannot read " + missing + ": no such file\n", r.err());
    assertEquals("ok: 1 file\n", r.out());
  }

  @Test
  void manyFilesAreSummarisedTogether() throws IOException {
    Path a = write("a.yaml", "version: 1\n");
    Path b = write("b.yaml", "version: 1\n");
    Path c = write("c.yaml", "version: 1\n");
    CliRun r = CliRun.of("validate", a.toString(), b.toString(), c.toString());
    assertEquals(0, r.code());
    assertEquals("ok: 3 files\n", r.out());
  }

  @Test
  void printShowsTheEffectivePolicyAndSendsProblemsToStandardError() throws IOException {
    Path p = write("p.yaml", "version: 1\nstages:\n  - {at: 90%, action: pause}\n");
    CliRun r = CliRun.of("validate", "--print", p.toString());
    assertEquals(0, r.code());
    assertTrue(r.out().contains("\ntimezone: UTC\npricing: builtin\n"), r.out());
    assertTrue(r.out().contains("stages:\n  - {at: 90%, action: pause}\n"), r.out());
    assertTrue(r.out().contains("  default_team: unassigned\n"), r.out());
    assertTrue(r.err().contains("warning: a pause at 90%"), r.err());
    assertTrue(r.err().endsWith("0 errors, 1 warning in 1 file\n"), r.err());
  }

  @Test
  void printedOutputValidatesAgain() throws IOException {
    Path p = write("p.yaml", "version: 1\norg: {budget: {monthly: \"$1,500\"}}\n");
    CliRun first = CliRun.of("validate", "--print", p.toString());
    Path printed = write("printed.yaml", first.out());
    CliRun second = CliRun.of("validate", "--print", printed.toString());
    assertEquals(0, second.code());
    assertTrue(second.out().contains("budget: {monthly: $1500.00}"), second.out());
  }

  @Test
  void theSamplePoliciesHaveNoErrors() {
    Path samples = Path.of("..", "sample-traces", "policies");
    CliRun r =
        CliRun.of(
            "validate",
            samples.resolve("starter.yaml").toString(),
            samples.resolve("strict.yaml").toString(),
            samples.resolve("cascade.yaml").toString(),
            samples.resolve("policy.example.yaml").toString());
    assertEquals(0, r.code(), r.out() + r.err());
    assertFalse(r.out().contains(": error: "), r.out());
  }

  @Test
  void aFileIsRequired() {
    CliRun r = CliRun.of("validate");
    assertEquals(2, r.code());
    assertTrue(r.err().contains("Missing required parameter"), r.err());
  }
}
