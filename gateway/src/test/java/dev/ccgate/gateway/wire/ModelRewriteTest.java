package dev.ccgate.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.pricing.ModelPrice;
import dev.ccgate.pricing.PriceTables;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelRewriteTest {
  private final MessagesRequestParser parser = new MessagesRequestParser();

  private String rewrite(String body, String target, long maxOutput, ThinkingSupport support)
      throws Exception {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    return new String(
        ModelRewrite.apply(bytes, parser.parse(bytes), target, maxOutput, support),
        StandardCharsets.UTF_8);
  }

  @Test
  void changesOnlyTheModelAndKeepsEveryOtherByte() throws Exception {
    String body =
        "{ \"system\" : [{\"type\":\"text\",\"text\":\"x-anthropic-billing-header: cc_version=2.1.197\"}],\n"
            + "  \"model\":\"claude-opus-4-5\",  \"max_tokens\": 8192 ,\"messages\":[{\"role\":\"user\","
            + "\"content\":\"h\\u00e9llo\"}],\"metadata\":{\"user_id\":\"{\\\"session_id\\\":\\\"s\\\"}\"}}";
    String out = rewrite(body, "claude-sonnet-4-5", 64_000, ThinkingSupport.ENABLED_ONLY);
    assertEquals(body.replace("claude-opus-4-5", "claude-sonnet-4-5"), out);
  }

  @Test
  void clampsMaxTokensToTheTargetsOutputLimit() throws Exception {
    String body = "{\"model\":\"claude-opus-4-8\",\"max_tokens\":128000,\"stream\":true}";
    assertEquals(
        "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":64000,\"stream\":true}",
        rewrite(body, "claude-haiku-4-5", 64_000, ThinkingSupport.ENABLED_ONLY));
    assertEquals(
        "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":128000,\"stream\":true}",
        rewrite(body, "claude-haiku-4-5", 0, ThinkingSupport.ENABLED_ONLY),
        "an unknown limit leaves max_tokens alone");
  }

  @Test
  void mapsAdaptiveThinkingToAnExplicitBudgetForOlderModels() throws Exception {
    String body =
        "{\"model\":\"claude-opus-4-8\",\"max_tokens\":64000,"
            + "\"thinking\":{\"type\":\"adaptive\",\"display\":\"omitted\"},\"x\":1}";
    assertEquals(
        "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":32000,"
            + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":31999},\"x\":1}",
        rewrite(body, "claude-haiku-4-5", 32_000, ThinkingSupport.ENABLED_ONLY));
  }

  @Test
  void mapsEnabledThinkingToAdaptiveForNewerModels() throws Exception {
    String body =
        "{\"model\":\"claude-opus-4-5\",\"max_tokens\":32000,"
            + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":31999,\"display\":\"omitted\"}}";
    assertEquals(
        "{\"model\":\"claude-sonnet-5\",\"max_tokens\":32000,"
            + "\"thinking\":{\"type\":\"adaptive\",\"display\":\"omitted\"}}",
        rewrite(body, "claude-sonnet-5", 64_000, ThinkingSupport.ADAPTIVE_ONLY));
  }

  @Test
  void keepsTheThinkingBudgetBelowAClampedMaxTokens() throws Exception {
    String body =
        "{\"model\":\"claude-opus-4-5\",\"max_tokens\":64000,"
            + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":50000}}";
    assertEquals(
        "{\"model\":\"claude-haiku-4-5\",\"max_tokens\":32000,"
            + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":31999}}",
        rewrite(body, "claude-haiku-4-5", 32_000, ThinkingSupport.ENABLED_ONLY));
    String untouched =
        "{\"model\":\"claude-opus-4-5\",\"max_tokens\":64000,"
            + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":2048}}";
    assertEquals(
        untouched.replace("claude-opus-4-5", "claude-haiku-4-5").replace("64000", "32000"),
        rewrite(untouched, "claude-haiku-4-5", 32_000, ThinkingSupport.ENABLED_ONLY),
        "a budget already below the new max_tokens is kept byte for byte");
  }

  @Test
  void leavesThinkingOutWhenNoValidBudgetFits() throws Exception {
    Thinking adaptive =
        new Thinking("adaptive", -1, new Span(0, 0), new Span(0, 0), java.util.List.of());
    assertEquals(
        ModelRewrite.REMOVE,
        ModelRewrite.mapThinking(new byte[0], adaptive, 1000, ThinkingSupport.ENABLED_ONLY));
    assertNull(ModelRewrite.mapThinking(new byte[0], adaptive, 1000, ThinkingSupport.BOTH));
    // Some models reject {"type":"disabled"}; leaving the member out means no thinking anywhere.
    assertEquals(
        "{\"model\":\"claude-3-7-sonnet-20250219\",\"max_tokens\":1000,\"x\":1}",
        rewrite(
            "{\"model\":\"claude-opus-4-8\",\"max_tokens\":1000,"
                + "\"thinking\":{\"type\":\"adaptive\"},\"x\":1}",
            "claude-3-7-sonnet-20250219",
            64_000,
            ThinkingSupport.ENABLED_ONLY));
  }

  @Test
  void removesThinkingForAModelWithoutExtendedThinkingWhereverTheMemberSits() throws Exception {
    String target = "claude-3-5-haiku-20241022";
    assertEquals(
        "{\"model\":\"" + target + "\",\"max_tokens\":8192,  \"stream\":true}",
        rewrite(
            "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":8192, \"thinking\" : "
                + "{\"type\":\"enabled\",\"budget_tokens\":4096} , \"stream\":true}",
            target,
            8192,
            ThinkingSupport.NONE));
    assertEquals(
        "{\"model\":\"" + target + "\",\"max_tokens\":8192}",
        rewrite(
            "{\"model\":\"claude-sonnet-4-5\",\"max_tokens\":8192,\n  \"thinking\": "
                + "{\"type\":\"adaptive\"}}",
            target,
            8192,
            ThinkingSupport.NONE));
    assertEquals(
        "{\"model\":\"" + target + "\"}",
        rewrite(
            "{\"thinking\":{\"type\":\"disabled\"},\"model\":\"claude-sonnet-4-5\"}",
            target,
            8192,
            ThinkingSupport.NONE));
  }

  /**
   * Every pair of models the cascade can produce (any opus, sonnet or haiku of the built-in table
   * moved to any other), with each thinking form Claude Code sends, gives a body the target accepts
   * by anthropic-api.md §9: no thinking for a model without it, never {@code enabled} for 4.7+,
   * never {@code adaptive} for 4.5 and older, a budget of at least 1,024 below {@code max_tokens},
   * and {@code max_tokens} within the target's limit.
   */
  @Test
  void everyCascadePairGetsAThinkingTheTargetAccepts() throws Exception {
    List<ModelPrice> models =
        PriceTables.builtin().rows().stream()
            .filter(m -> List.of("opus", "sonnet", "haiku").contains(m.family()))
            .toList();
    List<String> thinkings =
        List.of(
            "{\"type\":\"enabled\",\"budget_tokens\":31999}",
            "{\"type\":\"enabled\",\"budget_tokens\":1024,\"display\":\"omitted\"}",
            "{\"type\":\"adaptive\"}",
            "{\"type\":\"adaptive\",\"display\":\"summarized\"}");
    int checked = 0;
    for (ModelPrice asked : models) {
      for (ModelPrice target : models) {
        ThinkingSupport support = ThinkingSupport.ofGeneration(target.generation());
        for (String thinking : thinkings) {
          for (long maxTokens : List.of(32_000L, 2_000L)) {
            String body =
                "{\"model\":\""
                    + asked.id()
                    + "\",\"max_tokens\":"
                    + maxTokens
                    + ",\"thinking\":"
                    + thinking
                    + ",\"stream\":true}";
            String out = rewrite(body, target.id(), target.maxOutputTokens(), support);
            String at = asked.id() + " -> " + target.id() + " with " + thinking + ": " + out;
            MessagesRequest r = parser.parse(out.getBytes(StandardCharsets.UTF_8));
            assertEquals(target.id(), r.model(), at);
            assertTrue(r.stream(), at);
            if (target.maxOutputTokens() > 0) {
              assertTrue(r.maxTokens() <= target.maxOutputTokens(), at);
            }
            Thinking t = r.thinking();
            switch (support) {
              case NONE -> assertNull(t, at);
              case ADAPTIVE_ONLY -> assertEquals("adaptive", t.type(), at);
              case ENABLED_ONLY, BOTH -> {
                if (t != null && "enabled".equals(t.type())) {
                  assertTrue(t.budgetTokens() >= 1_024, at);
                  assertTrue(t.budgetTokens() < r.maxTokens(), at);
                }
                if (support == ThinkingSupport.ENABLED_ONLY && t != null) {
                  assertEquals("enabled", t.type(), at);
                }
              }
            }
            checked++;
          }
        }
      }
    }
    assertTrue(checked > 1_000, "pairs checked: " + checked);
  }

  @Test
  void readsThinkingSupportFromTheGeneration() {
    assertEquals(ThinkingSupport.ENABLED_ONLY, ThinkingSupport.ofGeneration("4-5"));
    assertEquals(ThinkingSupport.ENABLED_ONLY, ThinkingSupport.ofGeneration("4"));
    assertEquals(ThinkingSupport.BOTH, ThinkingSupport.ofGeneration("4-6"));
    assertEquals(ThinkingSupport.ADAPTIVE_ONLY, ThinkingSupport.ofGeneration("4-8"));
    assertEquals(ThinkingSupport.ADAPTIVE_ONLY, ThinkingSupport.ofGeneration("5"));
    assertEquals(ThinkingSupport.BOTH, ThinkingSupport.ofGeneration(""));
    assertEquals(ThinkingSupport.NONE, ThinkingSupport.ofGeneration("3"));
    assertEquals(ThinkingSupport.NONE, ThinkingSupport.ofGeneration("3-5"));
    assertEquals(ThinkingSupport.ENABLED_ONLY, ThinkingSupport.ofGeneration("3-7"));
    assertEquals(ThinkingSupport.ENABLED_ONLY, ThinkingSupport.ofGeneration("4-1"));
  }
}
