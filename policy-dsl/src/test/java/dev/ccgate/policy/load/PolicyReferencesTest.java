package dev.ccgate.policy.load;

import static dev.ccgate.policy.load.Policies.parse;
import static dev.ccgate.policy.load.ProblemAssertions.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Cross references between sections, and against the price table. */
class PolicyReferencesTest {

  @Test
  void modelBudgetFamiliesMustBeInTheCascade() {
    LoadResult r =
        parse(
            """
            version: 1
            cascade: [opus, sonnet]
            teams:
              platform:
                model_budgets: {haiku: {daily: 10}}
            """);
    Problem p = problem(r, "not-in-cascade", 5, 21);
    assertEquals(
        "teams.platform.model_budgets has a budget for 'haiku', which is not in the cascade"
            + " [opus, sonnet]",
        p.message());
  }

  @Test
  void cascadeFamiliesMustHaveModels() {
    LoadResult r = parse("version: 1\ncascade: [opus, sonet, haiku]\n");
    problem(r, "unknown-family", 2, 17, "did you mean 'sonnet'?");
  }

  @Test
  void fableMayHeadTheCascade() {
    ProblemAssertions.clean(parse("version: 1\ncascade: [fable, opus, sonnet, haiku]\n"));
  }

  @Test
  void aRungsModelMustBeOfItsFamily() {
    LoadResult r = parse("version: 1\nmodels: {opus: claude-sonnet-4-5}\n");
    Problem p = problem(r, "model-family-mismatch", 2, 16);
    assertEquals("models.opus is claude-sonnet-4-5, a sonnet model", p.message());
    LoadResult stray = parse("version: 1\nmodels: {mythos: claude-mythos-5}\n");
    problem(stray, "not-in-cascade", 2, 10);
  }

  @Test
  void modelsAcceptEveryIdForm() {
    ProblemAssertions.clean(
        parse(
            "version: 1\nmodels: {opus: us.anthropic.claude-opus-4-5-20251101-v1:0,"
                + " sonnet: \"claude-sonnet-4-5@20250929\"}\n"));
  }

  @Test
  void anAliasNamesOneDeveloperOnly() {
    LoadResult r =
        parse(
            """
            version: 1
            teams:
              platform: {developers: [alice@example.com, bob@example.com]}
            developers:
              overrides:
                alice@example.com: {aliases: [key_1]}
                bob@example.com: {aliases: [key_1, alice@example.com]}
            """);
    assertEquals(2, r.errors().size(), ProblemAssertions.render(r));
    assertEquals("duplicate-alias", r.errors().get(0).code());
    assertEquals("7:33", r.errors().get(0).position());
    assertEquals(
        "alias key_1 of bob@example.com already names developer alice@example.com",
        r.errors().get(0).message());
    assertEquals("7:40", r.errors().get(1).position());
  }

  @Test
  void overridesForDevelopersInNoTeamAreFine() {
    ProblemAssertions.clean(
        parse(
            "version: 1\ndevelopers:\n  overrides:\n    zed@example.com: {budget: {daily: 5}}\n"));
  }

  @Test
  void idsMayNotContainSpaces() {
    LoadResult r = parse("version: 1\nteams:\n  data science: {}\n");
    problem(r, "bad-id", 3, 3, "use letters, digits, '-', '_' or '.'");
  }

  @Test
  void channelsAreChecked() {
    LoadResult r =
        parse(
            """
            version: 1
            alerts:
              channels:
                a: {type: slak, webhook_env: A}
                b: {type: log, url: "https://example.com"}
                c: {type: webhook}
                d: {type: webhook, webhook_env: D, url_env: D}
              fallback: e
            """);
    assertEquals(
        java.util.List.of(
            "bad-channel-type",
            "key-not-allowed",
            "missing-url",
            "conflicting-keys",
            "unknown-channel"),
        r.errors().stream().map(Problem::code).toList(),
        ProblemAssertions.render(r));
    assertEquals("did you mean 'slack'?", r.errors().get(0).hint());
  }

  @Test
  void ruleNamesAreRequiredAndUnique() {
    LoadResult r =
        parse(
            """
            version: 1
            rules:
              - {name: a, route_to: haiku}
              - {name: a, route_to: sonnet}
              - {route_to: haiku}
            """);
    assertEquals(
        java.util.List.of("duplicate-rule", "missing-key"),
        r.errors().stream().map(Problem::code).toList());
  }

  @Test
  void aRuleWithoutConditionAlwaysMatches() {
    var rule =
        parse("version: 1\nrules: [{name: all, route_to: sonnet}]\n").orThrow().rules().get(0);
    assertTrue(rule.when().test(v -> null));
    assertEquals(null, rule.whenSource());
  }

  @Test
  void pricingOverridesAreExactNanos() {
    var p =
        parse(
                """
                version: 1
                pricing_overrides:
                  claude-opus-4-5: {input: 4.5, output: $22.5, cache_read: 0.045, fast_multiplier: 6x}
                """)
            .orThrow();
    var o = p.pricingSpec().overrides().get("claude-opus-4-5");
    assertEquals(4_500L, o.inputNanos());
    assertEquals(22_500L, o.outputNanos());
    assertEquals(45L, o.readNanos());
    assertEquals(60_000L, o.fastMultiplierBasisPoints());
    assertEquals(4_500L, p.pricing().versions("claude-opus-4-5").get(0).rates().inputNanos());
  }

  @Test
  void pricingOverridesAreChecked() {
    LoadResult fine = parse("version: 1\npricing_overrides:\n  claude-opus-4-5: {input: 4.0001}\n");
    problem(fine, "bad-price", 3, 28, "use at most three decimals");
    LoadResult unknown = parse("version: 1\npricing_overrides:\n  my-model: {input: 1}\n");
    Problem p = problem(unknown, "bad-override", 3, 3);
    assertTrue(p.message().startsWith("pricing_overrides.my-model: "), p.message());
    LoadResult twice =
        parse(
            """
            version: 1
            pricing_overrides:
              claude-opus-4-5: {input: 4}
              claude-opus-4-5-20251101: {input: 3}
            """);
    Problem clash = problem(twice, "bad-override", 4, 3);
    assertEquals(
        "pricing_overrides.claude-opus-4-5-20251101: names the same model as claude-opus-4-5",
        clash.message());
    LoadResult typo = parse("version: 1\npricing_overrides:\n  claude-opus-4-5: {inptu: 1}\n");
    problem(typo, "unknown-key", 3, 21, "did you mean 'input'?");
  }

  @Test
  void aPriceFileThatCannotBeReadIsAnError(@org.junit.jupiter.api.io.TempDir Path dir) {
    LoadResult r =
        Policies.loader().parse("version: 1\npricing: prices/missing.json\n", "p.yaml", dir);
    Problem p = problem(r, "pricing-unreadable", 2, 10);
    assertEquals(
        "cannot read price file " + dir.resolve("prices/missing.json") + ": no such file",
        p.message());
    assertFalse(r.ok());
  }

  @Test
  void anUnknownAliasIsAnError() {
    problem(parse("version: 1\nstages: *defaults\n"), "unknown-alias", 2, 9);
  }
}
