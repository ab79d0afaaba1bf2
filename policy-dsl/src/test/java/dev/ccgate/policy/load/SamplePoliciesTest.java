package dev.ccgate.policy.load;

import static dev.ccgate.policy.load.ProblemAssertions.clean;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Team;
import dev.ccgate.pricing.PriceTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The sample policies load clean, and --print output loads back to an equal policy. */
class SamplePoliciesTest {
  static Stream<Path> samples() throws IOException {
    try (Stream<Path> files = Files.list(Policies.samples())) {
      List<Path> yaml = files.filter(f -> f.toString().endsWith(".yaml")).sorted().toList();
      return yaml.stream();
    }
  }

  @Test
  void thereAreTheFourSamples() throws IOException {
    assertEquals(
        List.of("cascade.yaml", "policy.example.yaml", "starter.yaml", "strict.yaml"),
        samples().map(p -> p.getFileName().toString()).toList());
  }

  @ParameterizedTest
  @MethodSource("samples")
  void loadsWithoutAnyProblem(Path sample) throws IOException {
    clean(Policies.loader().load(sample));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void printedPolicyLoadsBackEqual(Path sample) throws IOException {
    Policy original = Policies.loader().load(sample).orThrow();
    String printed = PolicyPrinter.print(original);
    LoadResult again = Policies.loader().parse(printed, sample.toString(), sample.getParent());
    clean(again);
    // Price tables have no equals; a policy without overrides shares the built-in instance.
    assertEquals(original, withPricing(again.policy(), original.pricing()));
    assertEquals(printed, PolicyPrinter.print(again.policy()));
  }

  @ParameterizedTest
  @MethodSource("samples")
  void usesTheSameTwelveDevelopersInThreeTeams(Path sample) throws IOException {
    Policy policy = Policies.loader().load(sample).orThrow();
    Map<String, List<String>> expected =
        Map.of(
            "platform", List.of("alice", "bob", "dave", "erin", "frank"),
            "data", List.of("carol", "grace", "heidi", "ivan"),
            "mobile", List.of("judy", "mallory", "oscar"));
    assertEquals(3, policy.teams().size());
    for (Team team : policy.teams()) {
      List<String> names = expected.get(team.id()).stream().map(n -> n + "@example.com").toList();
      assertEquals(names, team.developers(), team.id());
    }
  }

  @Test
  void withoutTheSecretsTheSamplesOnlyWarn() throws IOException {
    PolicyLoader laptop = new PolicyLoader(Map.of());
    LoadResult r = laptop.load(Policies.samples().resolve("starter.yaml"));
    assertTrue(r.ok());
    assertEquals(
        List.of("env-unset", "env-unset"), r.problems().stream().map(Problem::code).toList());
  }

  @Test
  void theSpecExampleLoadsClean() {
    clean(Policies.resource("spec-example.yaml"));
  }

  @Test
  void theExampleOverridesPrices() throws IOException {
    Policy policy =
        Policies.loader().load(Policies.samples().resolve("policy.example.yaml")).orThrow();
    assertFalse(policy.pricingSpec().overrides().isEmpty());
    assertEquals(2_700, policy.pricing().versions("claude-sonnet-4-5").get(0).rates().inputNanos());
    assertTrue(policy.pricing().resolve("acme-opus-finetune").known());
  }

  static Policy withPricing(Policy p, PriceTable pricing) {
    return new Policy(
        p.source(),
        p.version(),
        p.timezone(),
        pricing,
        p.cascade(),
        p.models(),
        p.stages(),
        p.org(),
        p.teams(),
        p.developers(),
        p.rules(),
        p.alerts(),
        p.pause(),
        p.pricingSpec());
  }
}
