package dev.ccgate.gateway.wire;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the fields the gateway needs from a Messages request body with Jackson's streaming parser,
 * noting where each sits so that a rewrite can splice bytes instead of re-serialising (SPEC §8:
 * everything else keeps its order and bytes). The whole body is still checked to be one well-formed
 * JSON object.
 *
 * <p>The prompt-size estimate is deliberately rough: the bytes of {@code system}, {@code messages}
 * and {@code tools} divided by four, with each base64 {@code data} payload (an image or document)
 * counted as {@value #TOKENS_PER_ATTACHMENT} tokens instead of by its size. It only feeds policy
 * conditions ({@code request.input_tokens}) and the choice of a price band before the request is
 * sent; billing always uses the usage upstream reports.
 */
public final class MessagesRequestParser {
  /** Roughly what one ~1 MP image costs (Anthropic's vision docs: ~1,600 tokens). */
  static final long TOKENS_PER_ATTACHMENT = 1_600;

  private static final long BYTES_PER_TOKEN = 4;

  private final JsonFactory json;

  /** A parser; it is stateless and may be shared between threads. */
  public MessagesRequestParser() {
    this.json =
        JsonFactory.builder()
            // Claude Code bodies reach a few MB; the defaults (20 MB strings, depth 1000) are
            // fine, only the nesting limit is made explicit.
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(500).build())
            .build();
  }

  /** Parses {@code body}; throws with a client-facing message when it cannot be acted on. */
  public MessagesRequest parse(byte[] body) throws InvalidRequestException {
    try (JsonParser p = json.createParser(body)) {
      return read(p);
    } catch (JsonProcessingException e) {
      // Jackson's message quotes body text; say only where the problem is.
      throw new InvalidRequestException(
          "The request body is not valid JSON (line "
              + e.getLocation().getLineNr()
              + ", column "
              + e.getLocation().getColumnNr()
              + ").");
    } catch (IOException e) {
      throw new InvalidRequestException("The request body could not be read.");
    }
  }

  private static MessagesRequest read(JsonParser p) throws IOException, InvalidRequestException {
    if (p.nextToken() != JsonToken.START_OBJECT) {
      throw new InvalidRequestException("The request body must be a JSON object.");
    }
    Fields f = new Fields();
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      // Where the member starts, for thinking only: a rewrite may have to remove it whole.
      int keyStart =
          "thinking".equals(name) ? offset(p.currentTokenLocation().getByteOffset()) : -1;
      JsonToken value = p.nextToken();
      switch (name) {
        case "model" -> readModel(p, value, f);
        case "max_tokens" -> readMaxTokens(p, value, f);
        case "stream" -> {
          once(f.seenStream, "stream");
          f.seenStream = true;
          f.stream = value == JsonToken.VALUE_TRUE;
        }
        case "thinking" -> {
          once(f.thinking != null, "thinking");
          f.thinking = value == JsonToken.START_OBJECT ? readThinking(p, keyStart) : skip(p);
        }
        case "metadata" -> f.userId = value == JsonToken.START_OBJECT ? readUserId(p) : skipNull(p);
        case "system", "messages", "tools" -> f.promptBytes += measurePrompt(p, value, f);
        default -> p.skipChildren();
      }
    }
    if (p.nextToken() != null) {
      throw new InvalidRequestException("The request body must hold exactly one JSON object.");
    }
    if (f.model == null) {
      throw new InvalidRequestException("model: Field required");
    }
    long estimate =
        Math.max(0, f.promptBytes - f.attachmentBytes) / BYTES_PER_TOKEN
            + f.attachments * TOKENS_PER_ATTACHMENT;
    return new MessagesRequest(
        f.model,
        f.modelSpan,
        f.maxTokens,
        f.maxTokensSpan,
        f.stream,
        f.thinking,
        f.userId,
        estimate);
  }

  private static void readModel(JsonParser p, JsonToken value, Fields f)
      throws IOException, InvalidRequestException {
    once(f.model != null, "model");
    if (value != JsonToken.VALUE_STRING) {
      throw new InvalidRequestException("model: Input should be a valid string");
    }
    int start = offset(p.currentTokenLocation().getByteOffset());
    f.model = p.getText();
    f.modelSpan = new Span(start, offset(p.currentLocation().getByteOffset()));
  }

  private static void readMaxTokens(JsonParser p, JsonToken value, Fields f)
      throws IOException, InvalidRequestException {
    once(f.maxTokensSpan != null || f.seenMaxTokens, "max_tokens");
    f.seenMaxTokens = true;
    if (value == JsonToken.VALUE_NUMBER_INT
        && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
      f.maxTokens = p.getLongValue();
      f.maxTokensSpan = span(p);
    } else {
      p.skipChildren(); // upstream owns validation of odd values
    }
  }

  /** The span of the scalar value the parser is on. */
  private static Span span(JsonParser p) {
    return new Span(
        offset(p.currentTokenLocation().getByteOffset()),
        offset(p.currentLocation().getByteOffset()));
  }

  private static Thinking readThinking(JsonParser p, int keyStart)
      throws IOException, InvalidRequestException {
    int start = offset(p.currentTokenLocation().getByteOffset());
    String type = "";
    long budget = -1;
    List<Span> others = new ArrayList<>(2);
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      int memberStart = offset(p.currentTokenLocation().getByteOffset());
      JsonToken value = p.nextToken();
      if ("type".equals(name) && value == JsonToken.VALUE_STRING) {
        type = p.getText();
      } else if ("budget_tokens".equals(name) && value == JsonToken.VALUE_NUMBER_INT) {
        budget = p.getLongValue();
      } else {
        if (value == JsonToken.VALUE_STRING) {
          p.finishToken();
        }
        p.skipChildren();
        others.add(new Span(memberStart, offset(p.currentLocation().getByteOffset())));
      }
    }
    int end = offset(p.currentLocation().getByteOffset());
    return new Thinking(type, budget, new Span(start, end), new Span(keyStart, end), others);
  }

  private static String readUserId(JsonParser p) throws IOException {
    String userId = null;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      JsonToken value = p.nextToken();
      if ("user_id".equals(name) && value == JsonToken.VALUE_STRING) {
        userId = p.getText();
      } else {
        p.skipChildren();
      }
    }
    return userId;
  }

  /** Bytes of one prompt field's value, noting base64 payloads so they can be counted apart. */
  private static long measurePrompt(JsonParser p, JsonToken value, Fields f) throws IOException {
    long start = p.currentTokenLocation().getByteOffset();
    if (value == JsonToken.START_OBJECT || value == JsonToken.START_ARRAY) {
      int depth = 1;
      while (depth > 0) {
        JsonToken t = p.nextToken();
        if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
          depth++;
        } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
          depth--;
        } else if (t == JsonToken.VALUE_STRING && "data".equals(p.currentName())) {
          f.attachments++;
          f.attachmentBytes += p.getTextLength();
        } else if (t == null) {
          break;
        }
      }
    } else if (value == JsonToken.VALUE_STRING) {
      p.finishToken();
    }
    return p.currentLocation().getByteOffset() - start;
  }

  private static Thinking skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static String skipNull(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  private static void once(boolean seen, String field) throws InvalidRequestException {
    // A second copy of a field the gateway reads could make it decide on one value while upstream
    // acts on the other (e.g. priced as Haiku, served as Opus).
    if (seen) {
      throw new InvalidRequestException(field + ": duplicate key in the request body");
    }
  }

  private static int offset(long byteOffset) {
    return Math.toIntExact(byteOffset);
  }

  /** The fields found so far. */
  private static final class Fields {
    String model;
    Span modelSpan;
    long maxTokens = -1;
    Span maxTokensSpan;
    boolean seenMaxTokens;
    boolean stream;
    boolean seenStream;
    Thinking thinking;
    String userId;
    long promptBytes;
    long attachments;
    long attachmentBytes;
  }
}
