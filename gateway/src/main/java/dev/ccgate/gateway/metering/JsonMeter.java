package dev.ccgate.gateway.metering;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.async.ByteArrayFeeder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import dev.ccgate.pricing.Usage;
import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Meters a non-streaming Messages response: Jackson's non-blocking parser reads a copy of the body
 * as it passes and keeps only the top-level {@code usage} object, so the response is never held
 * whole. A body that ends without a readable {@code usage} is billed with an estimate (input: the
 * request's estimated prompt; output: four bytes per token of what was relayed), flagged.
 */
public final class JsonMeter implements ResponseMeter {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory JSON = MAPPER.getFactory();

  private final long fallbackInputTokens;
  private final UsageFields usage = new UsageFields();
  private JsonParser parser;
  private TokenBuffer capture;
  private int depth;
  private boolean nextIsUsage;
  private boolean sawUsage;
  private boolean failed;
  private long bytes;

  /** A meter for one response; {@code fallbackInputTokens} is used only for the estimate. */
  public JsonMeter(long fallbackInputTokens) {
    this.fallbackInputTokens = fallbackInputTokens;
    try {
      this.parser = JSON.createNonBlockingByteArrayParser();
    } catch (IOException e) {
      this.failed = true;
    }
  }

  @Override
  public void accept(ByteBuffer chunk) {
    int n = chunk.remaining();
    bytes += n;
    if (failed || sawUsage || n == 0) {
      return; // usage is all we need; the rest of the body only counts toward the estimate
    }
    byte[] copy = new byte[n];
    chunk.duplicate().get(copy);
    try {
      ((ByteArrayFeeder) parser.getNonBlockingInputFeeder()).feedInput(copy, 0, n);
      JsonToken t;
      while (!sawUsage && (t = parser.nextToken()) != null && t != JsonToken.NOT_AVAILABLE) {
        step(t);
      }
    } catch (IOException e) {
      failed = true;
    }
  }

  private void step(JsonToken t) throws IOException {
    if (capture != null) {
      capture.copyCurrentEvent(parser);
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        depth--;
        if (depth == 1) {
          JsonNode node = MAPPER.readTree(capture.asParser(MAPPER));
          usage.overwrite(node);
          capture = null;
          sawUsage = true;
        }
      }
      return;
    }
    switch (t) {
      case START_OBJECT, START_ARRAY -> {
        if (nextIsUsage && t == JsonToken.START_OBJECT) {
          capture = new TokenBuffer(parser, null);
          capture.copyCurrentEvent(parser);
        }
        depth++;
      }
      case END_OBJECT, END_ARRAY -> depth--;
      default -> {
        // scalars and field names are handled below
      }
    }
    nextIsUsage = t == JsonToken.FIELD_NAME && depth == 1 && "usage".equals(parser.currentName());
  }

  @Override
  public Metered finish() {
    if (sawUsage) {
      return new Metered(usage.toUsage(usage.outputTokens()), false);
    }
    long output = (bytes + SseMeter.CHARS_PER_TOKEN - 1) / SseMeter.CHARS_PER_TOKEN;
    return new Metered(Usage.of(fallbackInputTokens, output, 0, 0, 0), true);
  }
}
