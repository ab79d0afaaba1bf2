package dev.ccgate.policy.load;

import static dev.ccgate.policy.load.Policies.parse;
import static dev.ccgate.policy.load.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.load.Problem.Severity;
import org.junit.jupiter.api.Test;

/** One test per kind of mistake: the exact position, code and hint a user sees. */
class PolicyMistakesTest {

  @Test
  void unknownTopLevelKeySuggestsTheNearestKey() {
    LoadResult r = parse("version: 1\ntimezon: UTC\n");
    Problem p = problem(r, "unknown-key", 2, 1, "did you mean 'timezone'?");
    assertEquals("unknown key 'timezon' at the top level", p.message());
    assertEquals(Severity.ERROR, p.severity());
    assertFalse(r.ok());
  }

  @Test
  void unknownNestedKeyNamesItsSectionAndSuggests() {
    LoadResult r =
        parse(
            """
            version: 1
            teams:
              platform:
                budget: {daily: 500}
                model_budget: {opus: {daily: 300}}
            """);
    Problem p = problem(r, "unknown-key", 5, 5, "did you mean 'model_budgets'?");
    assertEquals("unknown key 'model_budget' in teams.platform", p.message());
  }

  @Test
  void unknownKeyWithNothingCloseListsTheKnownKeys() {
    LoadResult r = parse("version: 1\norg: {budget: {monthly: 5}, owner: finance}\n");
    problem(r, "unknown-key", 2, 29, "expected one of: budget, stages");
  }

  @Test
  void badMoneyPointsAtTheValue() {
    LoadResult r = parse("version: 1\norg:\n  budget: {monthly: 5O0}\n");
    Problem p = problem(r, "bad-money", 3, 21);
    assertEquals("'5O0' at org.budget.monthly is not a dollar amount", p.message());
    assertEquals("write 500, 500.00 or $500 (quote \"$1,500\" if it has commas)", p.hint());
  }

  @Test
  void zeroAndNegativeBudgetsAreErrors() {
    LoadResult zero = parse("version: 1\norg: {budget: {daily: 0}}\n");
    Problem p = problem(zero, "bad-money", 2, 23, "leave the period out for no limit");
    assertEquals("org.budget.daily must be more than $0, not 0", p.message());
    LoadResult negative = parse("version: 1\norg: {budget: {daily: -5}}\n");
    problem(negative, "bad-money", 2, 23);
  }

  @Test
  void badPercentPointsAtTheValue() {
    LoadResult r = parse("version: 1\nstages:\n  - {at: 80, action: alert}\n");
    Problem p = problem(r, "bad-percent", 3, 10, "write 80%");
    assertEquals(
        "'80' at stages[0].at is ambiguous: a bare number is a fraction (0.8 = 80%)", p.message());
    LoadResult words = parse("version: 1\nstages:\n  - {at: eighty%, action: alert}\n");
    problem(words, "bad-percent", 3, 10, "write 80% or 0.8");
    LoadResult zero = parse("version: 1\nstages:\n  - {at: 0%, action: alert}\n");
    problem(zero, "bad-percent", 3, 10);
  }

  @Test
  void badTimezoneSuggestsACloseZone() {
    LoadResult r = parse("version: 1\ntimezone: America/New_Yrok\n");
    Problem p = problem(r, "bad-timezone", 2, 11, "did you mean 'America/New_York'?");
    assertEquals("unknown time zone 'America/New_Yrok'", p.message());
    LoadResult far = parse("version: 1\ntimezone: Olympus Mons Base\n");
    problem(far, "bad-timezone", 2, 11, "use an IANA zone id, e.g. America/New_York");
  }

  @Test
  void unknownStageActionSuggestsTheNearestAction() {
    LoadResult r = parse("version: 1\nstages:\n  - {at: 80%, action: alrt}\n");
    Problem p = problem(r, "bad-action", 3, 23, "did you mean 'alert'?");
    assertEquals("unknown stage action 'alrt' at stages[0].action", p.message());
  }

  @Test
  void stepsAreOnlyForDowngrades() {
    LoadResult r = parse("version: 1\nstages:\n  - {at: 80%, action: alert, steps: 1}\n");
    Problem p =
        problem(
            r,
            "steps-not-allowed",
            3,
            30,
            "remove 'steps', or make it {action: downgrade, steps: 1}");
    assertEquals("stages[0].steps: only a downgrade stage moves down the cascade", p.message());
    LoadResult zero = parse("version: 1\nstages:\n  - {at: 80%, action: downgrade, steps: 0}\n");
    problem(zero, "bad-number", 3, 41);
  }

  @Test
  void missingStageKeysAreNamed() {
    LoadResult r = parse("version: 1\nstages:\n  - {action: alert}\n");
    Problem p = problem(r, "missing-key", 3, 5);
    assertEquals("stages[0] needs 'at'", p.message());
  }

  @Test
  void celSyntaxErrorInAPlainScalarPointsInsideTheExpression() {
    LoadResult r =
        parse(
            """
            version: 1
            stages:
              - at: 95%
                action: downgrade
                when: request.input_tokens < < 3
            """);
    Problem p = problem(r, "cel-syntax", 5, 34);
    assertTrue(p.message().startsWith("stages[0].when: "), p.message());
  }

  @Test
  void celSyntaxErrorInAQuotedScalarCountsTheQuote() {
    LoadResult r =
        parse(
            """
            version: 1
            stages:
              - at: 95%
                action: downgrade
                when: "request.input_tokens < < 3"
            """);
    problem(r, "cel-syntax", 5, 35);
    LoadResult single =
        parse("version: 1\nstages:\n  - {at: 95%, action: pause, when: 'team.id == ''x'' &&'}\n");
    // 'team.id == ''x'' &&' : the error is at the end, after the doubled quotes.
    problem(single, "cel-syntax", 3, 56);
  }

  @Test
  void celSyntaxErrorInABlockScalarPointsAtTheRightLine() {
    LoadResult r =
        parse(
            """
            version: 1
            stages:
              - at: 95%
                action: downgrade
                when: |
                  request.input_tokens < 10000 &&
                    team.percent > > 3
            """);
    problem(r, "cel-syntax", 7, 24);
  }

  @Test
  void celUndeclaredVariableSuggestsTheClosestVariables() {
    LoadResult r =
        parse(
            """
            version: 1
            rules:
              - name: low
                when: "request.input_tokens < 10 && team.remainig_usd < 100.0"
                route_to: haiku
            """);
    Problem p = problem(r, "cel-undeclared", 4, 41, "did you mean 'team.remaining_usd'?");
    assertEquals("rules[0].when: undeclared reference to 'team.remainig_usd'", p.message());
  }

  @Test
  void celUndeclaredVariableWithSeveralCandidatesListsThem() {
    LoadResult r =
        parse("version: 1\nrules:\n  - {name: r, when: 'remaining_usd < 5.0', route_to: haiku}\n");
    problem(
        r,
        "cel-undeclared",
        3,
        22,
        "closest variables: org.remaining_usd, team.remaining_usd, developer.remaining_usd");
  }

  @Test
  void celResultMustBeABool() {
    LoadResult r =
        parse(
            "version: 1\nstages:\n  - {at: 95%, action: pause, when: \"request.input_tokens + 1\"}\n");
    Problem p =
        problem(
            r,
            "cel-not-bool",
            3,
            58,
            "compare it with something, e.g. request.input_tokens > 10000");
    assertEquals(
        "stages[0].when: a condition must be a bool, but this expression is 'int'", p.message());
  }

  @Test
  void celEqualityOfIntAndDoubleHintsAtTheLiteral() {
    LoadResult r =
        parse("version: 1\nstages:\n  - {at: 95%, action: pause, when: \"team.percent == 90\"}\n");
    problem(r, "cel-type", 3, 50, "== and != need both sides of one type: write 90.0 for a double");
  }

  @Test
  void aDeveloperInTwoTeamsIsAnError() {
    LoadResult r =
        parse(
            """
            version: 1
            teams:
              platform:
                developers: [alice@example.com, bob@example.com]
              data:
                developers: [carol@example.com, Alice@example.com]
            """);
    Problem p =
        problem(r, "duplicate-developer", 6, 37, "a developer belongs to one team; list them once");
    assertEquals("developer Alice@example.com is already in team 'platform' (line 4)", p.message());
  }

  @Test
  void aManagerChannelThatDoesNotExistIsAnError() {
    LoadResult r =
        parse(
            """
            version: 1
            teams:
              platform:
                manager: {name: Dana Lee, alert: platform-m}
            alerts:
              channels:
                platform-em: {type: log}
              fallback: platform-em
            """);
    Problem p = problem(r, "unknown-channel", 4, 38, "did you mean 'platform-em'?");
    assertEquals(
        "teams.platform.manager.alert names channel 'platform-m', which alerts.channels does not"
            + " define",
        p.message());
  }

  @Test
  void routeToMustBeACascadeFamily() {
    LoadResult r =
        parse(
            """
            version: 1
            cascade: [opus, sonnet]
            rules:
              - {name: cheap, route_to: haiku}
              - {name: mid, route_to: sonet}
            """);
    assertEquals(2, r.errors().size(), ProblemAssertions.render(r));
    Problem haiku = r.errors().get(0);
    assertEquals("4:29", haiku.position());
    assertEquals("not-in-cascade", haiku.code());
    assertEquals("expected one of: opus, sonnet", haiku.hint());
    Problem sonet = r.errors().get(1);
    assertEquals("5:27", sonet.position());
    assertEquals("did you mean 'sonnet'?", sonet.hint());
  }

  @Test
  void versionIsRequired() {
    LoadResult r = parse("timezone: UTC\n");
    Problem p = problem(r, "missing-version", 1, 1, "add 'version: 1' as the first line");
    assertEquals("the policy has no 'version'", p.message());
  }

  @Test
  void onlyVersionOneIsRead() {
    LoadResult r = parse("version: 2\n");
    Problem p = problem(r, "bad-version", 1, 10, "this ccgate reads 'version: 1'");
    assertEquals("policy version '2' is not supported", p.message());
  }

  @Test
  void yamlSyntaxErrorsUseTheParsersPosition() {
    LoadResult r = parse("version: 1\nteams: [platform, data\ncascade: [opus]\n");
    Problem p = problem(r, "yaml-syntax", 3, 8);
    assertTrue(p.message().startsWith("YAML syntax: expected ',' or ']'"), p.message());
    assertTrue(
        p.message().endsWith("(while parsing a flow sequence at line 2, column 8)"), p.message());
    LoadResult tab = parse("version: 1\nteams:\n\tplatform: {}\n");
    problem(tab, "yaml-syntax", 3, 1, "indent with spaces; YAML forbids tabs");
  }

  @Test
  void duplicateKeysAreErrorsAtTheSecondKey() {
    LoadResult r =
        parse(
            """
            version: 1
            teams:
              platform: {developers: [alice@example.com]}
              data: {}
              platform: {developers: [bob@example.com]}
            """);
    Problem p = problem(r, "duplicate-key", 5, 3);
    assertEquals("duplicate key 'platform' (first at line 3)", p.message());
  }

  @Test
  void everyProblemIsReportedNotOnlyTheFirst() {
    LoadResult r =
        parse(
            """
            version: 1
            timezone: Nowhere/City
            org: {budget: {monthly: lots}}
            stages:
              - {at: 80%, action: shout}
            """);
    assertEquals(3, r.errors().size(), ProblemAssertions.render(r));
    assertEquals(
        java.util.List.of("bad-timezone", "bad-money", "bad-action"),
        r.errors().stream().map(Problem::code).toList());
  }
}
