package dev.ccgate.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.ccgate.policy.Money;
import dev.ccgate.policy.Policy;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs every scenario in {@code src/test/resources/scenarios/*.yaml}: a policy, a sequence of
 * events and the expected decision of each, one dynamic test per event (replayed in order against
 * one ledger). The format is documented in {@code scenarios/README.md}.
 */
class ScenarioCorpusTest {
  private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
  private static final Path DIR = Paths.get("src/test/resources/scenarios");

  @TestFactory
  Stream<DynamicNode> scenarios() throws IOException {
    List<Path> files;
    try (Stream<Path> listing = Files.list(DIR)) {
      files = listing.filter(p -> p.toString().endsWith(".yaml")).sorted().toList();
    }
    assertTrue(files.size() >= 30, "the corpus must cover SPEC 4 with at least 30 scenarios");
    return files.stream().map(ScenarioCorpusTest::scenario);
  }

  private static DynamicNode scenario(Path file) {
    JsonNode root;
    try {
      root = YAML.readTree(file.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException("scenario " + file + " is not valid YAML", e);
    }
    String name = file.getFileName().toString();
    Policy policy = ScenarioPolicies.load(root.path("policy").asText(), name);
    Kernel kernel = new Kernel(policy);
    Ledger ledger = new Ledger();
    List<DynamicTest> tests = new ArrayList<>();
    int i = 0;
    for (JsonNode event : root.path("events")) {
      int n = ++i;
      String label = String.format("%s #%d %s", name, n, event.path("note").asText(""));
      tests.add(DynamicTest.dynamicTest(label, () -> step(kernel, ledger, event, name, n)));
    }
    return DynamicContainer.dynamicContainer(
        name + ": " + root.path("description").asText(), tests.stream());
  }

  private static void step(Kernel kernel, Ledger ledger, JsonNode event, String file, int n) {
    OffsetDateTime time = OffsetDateTime.parse(event.path("time").asText());
    Usage usage = usage(event.path("usage"));
    long inputTokens =
        event.has("input_tokens") ? event.get("input_tokens").asLong() : usage.promptTokens();
    Request request =
        new Request(
            event.path("request_id").asText(file + "#" + n),
            event.path("session").asText("session-1"),
            time.toInstant(),
            event.path("developer").asText(),
            event.has("team_hint") ? event.get("team_hint").asText() : null,
            event.path("model").asText(),
            inputTokens,
            event.path("max_tokens").asLong(8192),
            event.path("stream").asBoolean(true));
    Decision decision = kernel.decide(ledger, request);
    Settlement settlement = kernel.settle(ledger, decision, usage, time.toInstant());

    JsonNode expect = event.path("expect");
    assertNotNull(expect.get("action"), "every event states its expected action");
    assertEquals(expect.get("action").asText(), decision.action().name(), "action");
    if (expect.has("routed_model")) {
      assertEquals(expect.get("routed_model").asText(), decision.routedModel(), "routed model");
    }
    if (expect.has("team")) {
      assertEquals(expect.get("team").asText(), decision.team(), "team");
    }
    if (expect.has("cost")) {
      assertUsd(expect.get("cost").asText(), settlement.costMicros(), "cost in USD");
    }
    if (expect.has("original_cost")) {
      assertUsd(
          expect.get("original_cost").asText(),
          settlement.originalCostMicros(),
          "original cost in USD");
    }
    if (expect.has("known_model")) {
      assertEquals(expect.get("known_model").asBoolean(), decision.knownModel(), "known model");
    }
    if (expect.has("reasons")) {
      assertEquals(
          texts(expect.get("reasons")),
          decision.reasons().stream().map(Reason::describe).toList(),
          "reasons");
    }
    if (expect.has("crossings")) {
      assertEquals(
          texts(expect.get("crossings")),
          settlement.crossings().stream().map(ScenarioCorpusTest::describe).toList(),
          "stage crossings");
    }
    if (expect.has("pause_message")) {
      assertNotNull(decision.pause(), "a pause message needs a pause");
      assertEquals(
          expect.get("pause_message").asText(),
          PauseMessage.render(
              kernel.policy().pause().message(), decision.pause(), kernel.policy().timezone()),
          "pause message");
    }
    if (expect.has("reset_at")) {
      assertEquals(
          OffsetDateTime.parse(expect.get("reset_at").asText()).toInstant(),
          decision.pause().resetAt(),
          "reset time");
    }
    if (expect.has("spent")) {
      expect
          .get("spent")
          .fields()
          .forEachRemaining(
              entry ->
                  assertUsd(
                      entry.getValue().asText(),
                      spent(ledger, entry.getKey(), time),
                      "spend of " + entry.getKey()));
    }
  }

  /**
   * A crossing as scenario files write it: {@code team:platform:daily alert 80% -> platform-em}.
   */
  static String describe(StageCrossed c) {
    return c.wallet().key()
        + " "
        + c.action().key()
        + " "
        + Percent.format(c.atBasisPoints())
        + " -> "
        + (c.channel() == null ? "none" : c.channel());
  }

  /**
   * Compares an exact USD amount as scenario files write it ({@code "1"}, {@code "0.2375"}) with
   * micro-dollars: equal in value, whatever the scale ({@code Money.usd} always has six decimals).
   */
  private static void assertUsd(String expected, long actualMicros, String what) {
    BigDecimal actual = Money.usd(actualMicros);
    assertEquals(
        new BigDecimal(expected).stripTrailingZeros().toPlainString(),
        actual.stripTrailingZeros().toPlainString(),
        what);
  }

  private static long spent(Ledger ledger, String walletKey, OffsetDateTime time) {
    for (WalletId id : ledger.wallets().keySet()) {
      if (id.key().equals(walletKey)) {
        return ledger.spentAt(id, time.toInstant());
      }
    }
    return 0;
  }

  private static List<String> texts(JsonNode array) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.asText()));
    return out;
  }

  private static Usage usage(JsonNode u) {
    return new Usage(
        u.path("input").asLong(0),
        u.path("output").asLong(0),
        u.path("cache_write_5m").asLong(0),
        u.path("cache_write_1h").asLong(0),
        u.path("cache_read").asLong(0),
        "fast".equals(u.path("speed").asText()) ? Speed.FAST : Speed.STANDARD,
        u.path("geo").asText(""),
        u.path("web_searches").asLong(0));
  }
}
