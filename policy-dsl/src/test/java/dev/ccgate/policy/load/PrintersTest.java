package dev.ccgate.policy.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The problem and policy printers' formats. */
class PrintersTest {
  private static final Problem ERROR =
      new Problem(Problem.Severity.ERROR, "bad-money", "p.yaml", 3, 21, "not money", "write 500");
  private static final Problem WARNING =
      new Problem(Problem.Severity.WARNING, "no-fallback", "p.yaml", 1, 1, "no fallback", null);

  @Test
  void problemsPrintLikeCompilerMessagesWithAnIndentedHint() {
    StringWriter out = new StringWriter();
    ProblemPrinter.print(List.of(ERROR, WARNING), new PrintWriter(out, true));
    assertEquals(
        """
        p.yaml:1:1: warning: no fallback
        p.yaml:3:21: error: not money
          hint: write 500
        """,
        out.toString());
  }

  @Test
  void theSummaryCountsErrorsWarningsAndFiles() {
    LoadResult bad = new LoadResult("p.yaml", null, List.of(ERROR, ERROR, WARNING));
    LoadResult good = new LoadResult("q.yaml", null, List.of());
    assertEquals("2 errors, 1 warning in 1 file", ProblemPrinter.summary(List.of(bad, good)));
    assertEquals("ok: 1 file", ProblemPrinter.summary(List.of(good)));
    assertEquals("ok: 2 files", ProblemPrinter.summary(List.of(good, good)));
  }

  @Test
  void moneyPrintsWithCentsAndOnlyTheDecimalsItNeeds() {
    assertEquals("$500.00", PolicyPrinter.money(500_000_000));
    assertEquals("$0.50", PolicyPrinter.money(500_000));
    assertEquals("$0.000001", PolicyPrinter.money(1));
    assertEquals("$1500.25", PolicyPrinter.money(1_500_250_000));
  }

  @Test
  void percentagesPrintWithoutTrailingZeros() {
    assertEquals("80%", Percent.format(8_000));
    assertEquals("80.5%", Percent.format(8_050));
    assertEquals("0.01%", Percent.format(1));
  }

  @Test
  void stringsAreQuotedOnlyWhereYamlWouldMisreadThem() {
    assertEquals("alice@example.com", PolicyPrinter.str("alice@example.com"));
    assertEquals("America/New_York", PolicyPrinter.str("America/New_York"));
    assertEquals("\"Dana Lee\"", PolicyPrinter.str("Dana Lee"));
    assertEquals("\"yes\"", PolicyPrinter.str("yes"));
    assertEquals("\"1\"", PolicyPrinter.str("1"));
    assertEquals("\"a \\\"b\\\"\\n\"", PolicyPrinter.str("a \"b\"\n"));
  }

  @Test
  void theSpecExamplePrintsInTheDocumentedOrder() {
    String printed = PolicyPrinter.print(Policies.resource("spec-example.yaml").orThrow());
    List<String> keys =
        printed
            .lines()
            .filter(l -> !l.startsWith(" ") && !l.startsWith("#"))
            .map(l -> l.substring(0, l.indexOf(':')))
            .toList();
    assertEquals(PolicyReader.KEYS, keys);
    assertTrue(
        printed.contains(
            "  - {at: 95%, action: downgrade, steps: 1, when: \"request.input_tokens < 10000\"}\n"));
    assertTrue(printed.contains("    budget: {daily: $500.00, monthly: $9000.00}\n"));
  }
}
