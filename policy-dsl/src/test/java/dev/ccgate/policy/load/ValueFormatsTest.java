package dev.ccgate.policy.load;

import static dev.ccgate.policy.load.Policies.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The documented money and percent formats, converted exactly. */
class ValueFormatsTest {

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "500                | 500000000",
        "500.00             | 500000000",
        "$500               | 500000000",
        "'$1,500'           | 1500000000",
        "\"$1,500.50\"      | 1500500000",
        "0.5                | 500000",
        "0.000001           | 1",
        "1_000              | 1000000000",
        "'$ 12.34'          | 12340000",
        "1e3                | 1000000000"
      })
  void moneyBecomesExactMicroDollars(String written, long micros) {
    var policy = parse("version: 1\norg:\n  budget:\n    daily: " + written + "\n").orThrow();
    assertEquals(micros, policy.org().budget().dailyMicros());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"0", "-5", "$-5", "0.0000001", "1,50", "five", "0x10", "'$1,5000'", "[500]"})
  void moneyThatIsNotAnAmountIsAnError(String written) {
    LoadResult r = parse("version: 1\norg:\n  budget:\n    daily: " + written + "\n");
    assertFalse(r.ok());
    assertEquals(1, r.errors().size(), ProblemAssertions.render(r));
    assertEquals("4:12", r.errors().get(0).position());
  }

  @ParameterizedTest
  @CsvSource({
    "80%, 8000",
    "80.5%, 8050",
    "'110 %', 11000",
    "0.8, 8000",
    "1.1, 11000",
    "1, 10000",
    "0.0001, 1",
    "5, 50000"
  })
  void percentagesBecomeBasisPoints(String written, int basisPoints) {
    var policy =
        parse("version: 1\nstages:\n  - at: " + written + "\n    action: alert\n").orThrow();
    assertEquals(basisPoints, policy.stages().get(0).atBasisPoints());
  }

  @ParameterizedTest
  @ValueSource(strings = {"80", "0%", "-10%", "80.125%", "0.00001", "eighty", "'%'"})
  void percentagesThatAreNotArePositionedErrors(String written) {
    LoadResult r = parse("version: 1\nstages:\n  - at: " + written + "\n    action: alert\n");
    assertEquals(1, r.errors().size(), ProblemAssertions.render(r));
    assertEquals("bad-percent", r.errors().get(0).code());
    assertEquals("3:9", r.errors().get(0).position());
  }
}
