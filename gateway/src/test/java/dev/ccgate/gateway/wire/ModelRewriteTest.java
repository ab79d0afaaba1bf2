package dev.ccgate.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
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
  void disablesThinkingWhenNoValidBudgetFits() {
    Thinking adaptive = new Thinking("adaptive", -1, new Span(0, 0), java.util.List.of());
    assertEquals(
        "{\"type\":\"disabled\"}",
        ModelRewrite.mapThinking(new byte[0], adaptive, 1000, ThinkingSupport.ENABLED_ONLY));
    assertNull(ModelRewrite.mapThinking(new byte[0], adaptive, 1000, ThinkingSupport.BOTH));
  }

  @Test
  void readsThinkingSupportFromTheGeneration() {
    assertEquals(ThinkingSupport.ENABLED_ONLY, ThinkingSupport.ofGeneration("4-5"));
    assertEquals(ThinkingSupport.ENABLED_ONLY, ThinkingSupport.ofGeneration("4"));
    assertEquals(ThinkingSupport.BOTH, ThinkingSupport.ofGeneration("4-6"));
    assertEquals(ThinkingSupport.ADAPTIVE_ONLY, ThinkingSupport.ofGeneration("4-8"));
    assertEquals(ThinkingSupport.ADAPTIVE_ONLY, ThinkingSupport.ofGeneration("5"));
    assertEquals(ThinkingSupport.BOTH, ThinkingSupport.ofGeneration(""));
  }
}
