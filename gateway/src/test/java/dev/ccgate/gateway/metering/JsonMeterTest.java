package dev.ccgate.gateway.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.pricing.Usage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class JsonMeterTest {
  static final String MESSAGE =
      "{\"id\":\"msg_1\",\"type\":\"message\",\"role\":\"assistant\",\"model\":\"claude-opus-4-5\","
          + "\"content\":[{\"type\":\"text\",\"text\":\"{\\\"usage\\\": \\\"not this one\\\"}\","
          + "\"usage\":{\"input_tokens\":1}}],\"stop_reason\":\"end_turn\",\"stop_sequence\":null,"
          + "\"usage\":{\"input_tokens\":1111,\"cache_creation_input_tokens\":2222,"
          + "\"cache_read_input_tokens\":3333,\"output_tokens\":44,"
          + "\"cache_creation\":{\"ephemeral_5m_input_tokens\":222,\"ephemeral_1h_input_tokens\":2000},"
          + "\"server_tool_use\":{\"web_search_requests\":2},\"service_tier\":\"standard\"}}";

  private static Metered meter(String body, int chunkSize) {
    JsonMeter meter = new JsonMeter(500);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i += chunkSize) {
      meter.accept(ByteBuffer.wrap(bytes, i, Math.min(chunkSize, bytes.length - i)));
    }
    return meter.finish();
  }

  @Test
  void readsTheTopLevelUsageOnlyWhateverTheChunking() {
    for (int size : new int[] {1, 5, 17, 4096}) {
      Metered m = meter(MESSAGE, size);
      assertFalse(m.estimated());
      assertEquals(Usage.of(1111, 44, 222, 2000, 3333).withWebSearches(2), m.usage(), "" + size);
    }
  }

  @Test
  void aCutBodyIsEstimated() {
    Metered m = meter(MESSAGE.substring(0, 120), 7);
    assertTrue(m.estimated());
    assertEquals(Usage.of(500, 30, 0, 0, 0), m.usage());
  }

  @Test
  void garbageIsEstimatedNotZero() {
    Metered m = meter("<html>bad gateway</html>", 3);
    assertTrue(m.estimated());
    assertEquals(500, m.usage().inputTokens());
  }
}
