package dev.ccgate.gateway.metering;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccgate.pricing.Usage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Meters a Messages SSE stream incrementally (anthropic-api.md §3): an event parser over a copy of
 * the bytes, holding at most one event's data. Usage starts from {@code message_start}'s {@code
 * message.usage}; each {@code message_delta.usage} overwrites the fields it carries. Without a
 * {@code message_delta} (a cut stream, an abandoned one, or a mid-stream {@code error}) the input
 * side comes from {@code message_start} and output is estimated at four characters per token of the
 * text, thinking and tool-input deltas seen — Anthropic's own gateway does the same — and the
 * result is flagged estimated.
 */
public final class SseMeter implements ResponseMeter {
  /** Characters per output token for the estimate (anthropic-api.md §3.2). */
  static final int CHARS_PER_TOKEN = 4;

  /** An event's data beyond this is not parsed (its bytes still count toward the estimate). */
  static final int MAX_EVENT_BYTES = 4 << 20;

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final byte[] DATA = "data".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] EVENT = "event".getBytes(StandardCharsets.US_ASCII);

  private final long fallbackInputTokens;
  private final UsageFields usage = new UsageFields();
  private byte[] line = new byte[256];
  private int lineLength;
  private boolean lineOverflow;
  private boolean afterCarriageReturn;
  private byte[] data = new byte[512];
  private int dataLength;
  private boolean dataOverflow;
  private boolean hasData;
  private String eventName = "";
  private long deltaChars;
  private boolean sawStart;
  private boolean sawDelta;

  /**
   * A meter for one stream.
   *
   * @param fallbackInputTokens the request's estimated prompt size, billed as input only if the
   *     stream ends before {@code message_start} (never $0)
   */
  public SseMeter(long fallbackInputTokens) {
    this.fallbackInputTokens = fallbackInputTokens;
  }

  @Override
  public void accept(ByteBuffer chunk) {
    for (int i = chunk.position(), end = chunk.limit(); i < end; i++) {
      byte b = chunk.get(i);
      if (b == '\n' && afterCarriageReturn) {
        afterCarriageReturn = false; // the second half of a CRLF
        continue;
      }
      afterCarriageReturn = b == '\r';
      if (b == '\n' || b == '\r') {
        endLine();
      } else if (lineLength < MAX_EVENT_BYTES) {
        if (lineLength == line.length) {
          line = Arrays.copyOf(line, Math.min(line.length * 2, MAX_EVENT_BYTES));
        }
        line[lineLength++] = b;
      } else if (!lineOverflow) {
        lineOverflow = true;
      } else {
        deltaChars++; // an oversized line: count what is past the cap
      }
    }
  }

  @Override
  public Metered finish() {
    if (lineLength > 0) {
      endLine(); // a last line without its newline
    }
    if (hasData) {
      dispatch(); // a last event without its blank line still counts for billing
    }
    if (sawDelta) {
      return new Metered(usage.toUsage(usage.outputTokens()), false);
    }
    long estimatedOutput =
        Math.max(usage.outputTokens(), (deltaChars + CHARS_PER_TOKEN - 1) / CHARS_PER_TOKEN);
    if (!sawStart || !usage.hasInput()) {
      return new Metered(Usage.of(fallbackInputTokens, estimatedOutput, 0, 0, 0), true);
    }
    return new Metered(usage.toUsage(estimatedOutput), true);
  }

  private void endLine() {
    if (lineLength == 0 && !lineOverflow) {
      dispatch();
      return;
    }
    if (startsWith(line, lineLength, DATA)) {
      appendData(valueStart(DATA.length));
    } else if (startsWith(line, lineLength, EVENT)) {
      int from = valueStart(EVENT.length);
      eventName = new String(line, from, lineLength - from, StandardCharsets.UTF_8).strip();
    }
    if (lineOverflow) {
      dataOverflow = true;
    }
    lineLength = 0;
    lineOverflow = false;
  }

  /** Where a field's value starts: after "name:" and one optional space (the SSE rule). */
  private int valueStart(int nameLength) {
    if (lineLength == nameLength) {
      return nameLength;
    }
    if (line[nameLength] != ':') {
      return lineLength; // "database: …" is not "data"
    }
    int from = nameLength + 1;
    return from < lineLength && line[from] == ' ' ? from + 1 : from;
  }

  private static boolean startsWith(byte[] bytes, int length, byte[] prefix) {
    if (length < prefix.length) {
      return false;
    }
    for (int i = 0; i < prefix.length; i++) {
      if (bytes[i] != prefix[i]) {
        return false;
      }
    }
    return length == prefix.length || bytes[prefix.length] == ':';
  }

  private void appendData(int from) {
    int n = lineLength - from;
    int needed = dataLength + n + (hasData ? 1 : 0);
    if (needed > MAX_EVENT_BYTES) {
      dataOverflow = true;
      deltaChars += n;
      return;
    }
    if (needed > data.length) {
      data = Arrays.copyOf(data, Math.max(needed, data.length * 2));
    }
    if (hasData) {
      data[dataLength++] = '\n';
    }
    System.arraycopy(line, from, data, dataLength, n);
    dataLength += n;
    hasData = true;
  }

  private void dispatch() {
    try {
      if (hasData && !dataOverflow) {
        handle(eventName);
      }
    } finally {
      eventName = "";
      dataLength = 0;
      hasData = false;
      dataOverflow = false;
      if (data.length > 64 << 10) {
        data = new byte[512]; // do not keep one huge event's buffer for the whole stream
      }
      if (line.length > 64 << 10) {
        line = new byte[256];
      }
    }
  }

  private void handle(String name) {
    // Only these events carry usage or billable content; pings and block starts/stops are skipped
    // without parsing. Anthropic always names events, the data's "type" is the fallback.
    if (!name.isEmpty()
        && !name.equals("message_start")
        && !name.equals("message_delta")
        && !name.equals("content_block_delta")) {
      return;
    }
    JsonNode event;
    try {
      event = JSON.readTree(data, 0, dataLength);
    } catch (JsonProcessingException e) {
      return; // a malformed event carries nothing we can bill
    } catch (IOException e) {
      return;
    }
    if (event == null) {
      return;
    }
    String type = name.isEmpty() ? event.path("type").asText("") : name;
    switch (type) {
      case "message_start" -> {
        sawStart = true;
        usage.overwrite(event.path("message").get("usage"));
      }
      case "message_delta" -> {
        sawDelta = true;
        usage.overwrite(event.get("usage"));
      }
      case "content_block_delta" -> {
        JsonNode delta = event.path("delta");
        deltaChars += length(delta.get("text"));
        deltaChars += length(delta.get("thinking"));
        deltaChars += length(delta.get("partial_json"));
      }
      default -> {
        // other events carry no usage
      }
    }
  }

  private static long length(JsonNode n) {
    return n != null && n.isTextual() ? n.asText().length() : 0;
  }
}
