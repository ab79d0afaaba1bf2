package dev.ccgate.gateway.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class MessagesRequestParserTest {
  private final MessagesRequestParser parser = new MessagesRequestParser();

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static String at(byte[] body, Span span) {
    return new String(body, span.start(), span.end() - span.start(), StandardCharsets.UTF_8);
  }

  @Test
  void readsTheFieldsTheKernelNeedsAndWhereTheySit() throws Exception {
    byte[] body =
        utf8(
            "{\"system\":[{\"type\":\"text\",\"text\":\"é\"}], \"model\" : \"claude-opus-4-5\","
                + "\"max_tokens\":64000,\"stream\":true,"
                + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":31999,\"display\":\"omitted\"},"
                + "\"metadata\":{\"user_id\":\"u\"},\"messages\":[]}");
    MessagesRequest r = parser.parse(body);
    assertEquals("claude-opus-4-5", r.model());
    assertEquals("\"claude-opus-4-5\"", at(body, r.modelSpan()));
    assertEquals(64000, r.maxTokens());
    assertEquals("64000", at(body, r.maxTokensSpan()));
    assertTrue(r.stream());
    assertEquals("u", r.userId());
    Thinking t = r.thinking();
    assertEquals("enabled", t.type());
    assertEquals(31999, t.budgetTokens());
    assertEquals(
        "{\"type\":\"enabled\",\"budget_tokens\":31999,\"display\":\"omitted\"}",
        at(body, t.span()));
    assertEquals("\"display\":\"omitted\"", at(body, t.otherMembers().get(0)));
  }

  @Test
  void modelWithEscapesKeepsItsExactSpan() throws Exception {
    byte[] body = utf8("{\"model\":\"claude-\\u006fpus-4-5\",\"max_tokens\":1}");
    MessagesRequest r = parser.parse(body);
    assertEquals("claude-opus-4-5", r.model());
    assertEquals("\"claude-\\u006fpus-4-5\"", at(body, r.modelSpan()));
  }

  @Test
  void absentOptionalFieldsAreMarkedAbsent() throws Exception {
    MessagesRequest r = parser.parse(utf8("{\"model\":\"claude-haiku-4-5\"}"));
    assertEquals(-1, r.maxTokens());
    assertNull(r.maxTokensSpan());
    assertFalse(r.stream());
    assertNull(r.thinking());
    assertNull(r.userId());
  }

  @Test
  void estimatesPromptSizeFromTextNotFromBase64Attachments() throws Exception {
    String text = "x".repeat(40_000);
    String image = "A".repeat(400_000);
    MessagesRequest r =
        parser.parse(
            utf8(
                "{\"model\":\"m\",\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":\""
                    + text
                    + "\"},{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\",\"data\":\""
                    + image
                    + "\"}}]}]}"));
    // ~10,000 text tokens plus one attachment, not 110,000.
    assertTrue(r.estimatedInputTokens() > 10_000, "estimate " + r.estimatedInputTokens());
    assertTrue(r.estimatedInputTokens() < 12_000, "estimate " + r.estimatedInputTokens());
  }

  @Test
  void refusesWhatCannotBeActedOn() {
    assertEquals(
        "The request body must be a JSON object.",
        assertThrows(InvalidRequestException.class, () -> parser.parse(utf8("[1]"))).getMessage());
    assertEquals(
        "model: Field required",
        assertThrows(InvalidRequestException.class, () -> parser.parse(utf8("{\"max_tokens\":1}")))
            .getMessage());
    assertThrows(InvalidRequestException.class, () -> parser.parse(utf8("{\"model\":7}")));
    assertThrows(InvalidRequestException.class, () -> parser.parse(utf8("{\"model\":\"m\"")));
    assertThrows(InvalidRequestException.class, () -> parser.parse(utf8("{\"model\":\"m\"} {}")));
    assertThrows(InvalidRequestException.class, () -> parser.parse(utf8("")));
  }

  @Test
  void aSecondModelKeyIsRefusedSoTheGatewayCannotBeFooledAboutWhatIsServed() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () ->
                parser.parse(
                    utf8("{\"model\":\"claude-haiku-4-5\",\"model\":\"claude-opus-4-5\"}")));
    assertTrue(e.getMessage().startsWith("model: duplicate"));
  }

  @Test
  void parseErrorsNeverQuoteTheBody() {
    InvalidRequestException e =
        assertThrows(
            InvalidRequestException.class,
            () -> parser.parse(utf8("{\"model\":\"m\",\"messages\":[SECRET-PROMPT]}")));
    assertFalse(e.getMessage().contains("SECRET"), e.getMessage());
  }
}
