package dev.ccgate.gateway.metering;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SseMeterTest {
  /** The shape-accurate stream of anthropic-api.md §3.4. */
  static final String STREAM =
      """
      event: message_start
      data: {"type":"message_start","message":{"id":"msg_01","type":"message","role":"assistant","model":"claude-sonnet-4-5-20250929","content":[],"stop_reason":null,"stop_sequence":null,"usage":{"input_tokens":12,"cache_creation_input_tokens":1840,"cache_read_input_tokens":20512,"cache_creation":{"ephemeral_5m_input_tokens":1840,"ephemeral_1h_input_tokens":0},"output_tokens":1,"service_tier":"standard"}}}

      event: content_block_start
      data: {"type":"content_block_start","index":0,"content_block":{"type":"thinking","thinking":"","signature":""}}

      event: ping
      data: {"type": "ping"}

      event: content_block_delta
      data: {"type":"content_block_delta","index":0,"delta":{"type":"thinking_delta","thinking":"The user wants the config loader fixed; read it first."}}

      event: content_block_delta
      data: {"type":"content_block_delta","index":0,"delta":{"type":"signature_delta","signature":"EqQBCgIYAhIM1gbc..."}}

      event: content_block_stop
      data: {"type":"content_block_stop","index":0}

      event: content_block_start
      data: {"type":"content_block_start","index":1,"content_block":{"type":"text","text":""}}

      event: content_block_delta
      data: {"type":"content_block_delta","index":1,"delta":{"type":"text_delta","text":"I'll read the loader first."}}

      event: content_block_stop
      data: {"type":"content_block_stop","index":1}

      event: content_block_start
      data: {"type":"content_block_start","index":2,"content_block":{"type":"tool_use","id":"toolu_01AbC","name":"Read","input":{}}}

      event: content_block_delta
      data: {"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":""}}

      event: content_block_delta
      data: {"type":"content_block_delta","index":2,"delta":{"type":"input_json_delta","partial_json":"{\\"file_path\\": \\"/repo/src/Config.java\\"}"}}

      event: content_block_stop
      data: {"type":"content_block_stop","index":2}

      event: message_delta
      data: {"type":"message_delta","delta":{"stop_reason":"tool_use","stop_sequence":null},"usage":{"input_tokens":12,"cache_creation_input_tokens":1840,"cache_read_input_tokens":20512,"output_tokens":87}}

      event: message_stop
      data: {"type":"message_stop"}

      """;

  private static Metered meter(String stream, int chunkSize) {
    SseMeter meter = new SseMeter(999);
    byte[] bytes = stream.getBytes(StandardCharsets.UTF_8);
    for (int i = 0; i < bytes.length; i += chunkSize) {
      ByteBuffer chunk = ByteBuffer.wrap(bytes, i, Math.min(chunkSize, bytes.length - i)).slice();
      int position = chunk.position();
      meter.accept(chunk);
      assertEquals(position, chunk.position(), "the meter must not consume the relayed buffer");
    }
    return meter.finish();
  }

  @Test
  void metersTheDocumentedExampleExactly() {
    Metered m = meter(STREAM, 1 << 16);
    assertFalse(m.estimated());
    assertEquals(Usage.of(12, 87, 1840, 0, 20512), m.usage());
  }

  @Test
  void anySplitOfTheBytesGivesTheSameUsage() {
    for (int size : new int[] {1, 2, 3, 7, 64, 333}) {
      assertEquals(Usage.of(12, 87, 1840, 0, 20512), meter(STREAM, size).usage(), "chunk " + size);
    }
  }

  @Test
  void crlfLineEndingsWorkToo() {
    assertEquals(Usage.of(12, 87, 1840, 0, 20512), meter(STREAM.replace("\n", "\r\n"), 5).usage());
  }

  @Test
  void deltaUsageOverwritesFieldByFieldAndNeverAdds() {
    String stream =
        """
        event: message_start
        data: {"type":"message_start","message":{"usage":{"input_tokens":2679,"cache_creation_input_tokens":0,"cache_read_input_tokens":0,"output_tokens":3}}}

        event: message_delta
        data: {"type":"message_delta","delta":{},"usage":{"output_tokens":100}}

        event: message_delta
        data: {"type":"message_delta","delta":{},"usage":{"input_tokens":10682,"cache_read_input_tokens":null,"output_tokens":510,"server_tool_use":{"web_search_requests":1}}}

        """;
    Metered m = meter(stream, 9);
    assertFalse(m.estimated());
    assertEquals(Usage.of(10682, 510, 0, 0, 0).withWebSearches(1), m.usage());
  }

  @Test
  void readsTheOneHourCacheSplitSpeedAndGeo() {
    String stream =
        """
        event: message_start
        data: {"type":"message_start","message":{"usage":{"input_tokens":5,"cache_creation_input_tokens":3000,"cache_creation":{"ephemeral_5m_input_tokens":1000,"ephemeral_1h_input_tokens":2000},"output_tokens":1,"speed":"fast","inference_geo":"us"}}}

        event: message_delta
        data: {"type":"message_delta","usage":{"output_tokens":40}}

        """;
    assertEquals(new Usage(5, 40, 1000, 2000, 0, Speed.FAST, "us", 0), meter(stream, 11).usage());
  }

  @Test
  void creationTokensWithoutASplitAreFiveMinuteWrites() {
    String stream =
        """
        event: message_start
        data: {"type":"message_start","message":{"usage":{"input_tokens":5,"cache_creation_input_tokens":3000,"output_tokens":1}}}

        event: message_delta
        data: {"type":"message_delta","usage":{"output_tokens":40}}

        """;
    assertEquals(Usage.of(5, 40, 3000, 0, 0), meter(stream, 64).usage());
    // A split reported as zeros is as good as none (Claude Code writes that shape, too).
    String zeros =
        stream.replace(
            "\"output_tokens\":1",
            "\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":0},\"output_tokens\":1");
    assertEquals(Usage.of(5, 40, 3000, 0, 0), meter(zeros, 64).usage());
  }

  @Test
  void aStreamCutBeforeItsFinalUsageIsEstimatedFromTheDeltas() {
    int cut = STREAM.indexOf("event: message_delta");
    Metered m = meter(STREAM.substring(0, cut), 13);
    assertTrue(m.estimated());
    // Input side from message_start; output = ceil(chars of thinking + text + tool input / 4).
    long chars =
        (long) "The user wants the config loader fixed; read it first.".length()
            + "I'll read the loader first.".length()
            + "{\"file_path\": \"/repo/src/Config.java\"}".length();
    assertEquals(Usage.of(12, (chars + 3) / 4, 1840, 0, 20512), m.usage());
  }

  @Test
  void aMidStreamErrorEndsWithAnEstimateNeverZero() {
    String stream =
        """
        event: message_start
        data: {"type":"message_start","message":{"usage":{"input_tokens":30,"output_tokens":1}}}

        event: content_block_delta
        data: {"type":"content_block_delta","index":0,"delta":{"type":"text_delta","text":"abcdefgh"}}

        event: error
        data: {"type": "error", "error": {"details": null, "type": "overloaded_error", "message": "Overloaded"}}

        """;
    Metered m = meter(stream, 4);
    assertTrue(m.estimated());
    assertEquals(Usage.of(30, 2, 0, 0, 0), m.usage());
  }

  @Test
  void aStreamCutBeforeMessageStartBillsTheRequestEstimate() {
    Metered m = meter("event: message_start\ndata: {\"type\":\"mess", 3);
    assertTrue(m.estimated());
    assertEquals(Usage.of(999, 0, 0, 0, 0), m.usage());
  }

  @Test
  void aFinalEventWithoutItsBlankLineStillCounts() {
    String stream = STREAM.substring(0, STREAM.indexOf("event: message_stop")).strip();
    Metered m = meter(stream, 100);
    assertFalse(m.estimated());
    assertEquals(87, m.usage().outputTokens());
  }
}
