package dev.ccgate.decision;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.Reason;
import dev.ccgate.kernel.ReasonKind;
import dev.ccgate.policy.Money;
import dev.ccgate.policy.StageAction;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes and reads decision-log lines. Field order is fixed and money is written as exact decimal
 * USD, so the same record always gives the same bytes.
 */
public final class DecisionLogCodec {
  private static final JsonFactory JSON = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final DateTimeFormatter TIME = DateTimeFormatter.ISO_INSTANT;
  private static final String ADJUSTMENT = "adjustment";

  private DecisionLogCodec() {}

  /** One JSON line (without the newline). */
  public static String write(DecisionRecord r) {
    StringWriter out = new StringWriter(512);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      fields(g, r);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * One line as UTF-8 with its newline, written straight to bytes: what the gateway appends per
   * request (through a String it was copied four times).
   */
  public static byte[] line(DecisionRecord r) {
    ByteArrayBuilder out = new ByteArrayBuilder(1024);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      fields(g, r);
      g.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }

  private static void fields(JsonGenerator g, DecisionRecord r) throws IOException {
    g.writeStartObject();
    g.writeStringField("time", TIME.format(r.time()));
    g.writeStringField("request_id", r.requestId());
    g.writeStringField("session_id", r.sessionId());
    g.writeStringField("developer", r.developer());
    g.writeStringField("team", r.team());
    g.writeStringField("original_model", r.originalModel());
    g.writeStringField("routed_model", r.routedModel());
    g.writeStringField("action", r.action().name());
    g.writeArrayFieldStart("reasons");
    for (Reason reason : r.reasons()) {
      writeReason(g, reason);
    }
    g.writeEndArray();
    writeUsage(g, r.usage(), r.usageEstimated());
    g.writeFieldName("cost_usd");
    g.writeNumber(Money.usd(r.costMicros()));
    g.writeFieldName("original_cost_usd");
    g.writeNumber(Money.usd(r.originalCostMicros()));
    g.writeStringField("source", r.source());
    g.writeEndObject();
  }

  /**
   * One adjustment line (without the newline): {@code time}, {@code adjustment} ({@code credit} or
   * {@code reset}), {@code wallet}, {@code usd} (the credit; 0 for a reset), {@code spent_usd}
   * (after it) and {@code source}.
   */
  public static String write(WalletAdjustment a) {
    StringWriter out = new StringWriter(160);
    try (JsonGenerator g = JSON.createGenerator(out)) {
      g.writeStartObject();
      g.writeStringField("time", TIME.format(a.time()));
      g.writeStringField("adjustment", a.kind().key());
      g.writeStringField("wallet", a.wallet());
      g.writeFieldName("usd");
      g.writeNumber(Money.usd(a.creditMicros()));
      g.writeFieldName("spent_usd");
      g.writeNumber(Money.usd(a.spentAfterMicros()));
      g.writeStringField("source", a.source());
      g.writeEndObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  private static void writeReason(JsonGenerator g, Reason reason) throws IOException {
    g.writeStartObject();
    g.writeStringField("kind", reason.kind().name());
    if (reason.wallet() != null) {
      g.writeStringField("wallet", reason.wallet());
    }
    if (reason.rule() != null) {
      g.writeStringField("rule", reason.rule());
    }
    if (reason.stage() != null) {
      g.writeStringField("stage", reason.stage().key());
      g.writeFieldName("at_percent");
      g.writeNumber(BigDecimal.valueOf(reason.atBasisPoints(), 2));
    }
    if (reason.steps() > 0) {
      g.writeNumberField("steps", reason.steps());
    }
    if (reason.wallet() != null) {
      g.writeFieldName("percent");
      g.writeNumber(BigDecimal.valueOf(reason.percentBasisPoints(), 2));
    }
    g.writeStringField("text", reason.describe());
    g.writeEndObject();
  }

  private static void writeUsage(JsonGenerator g, Usage u, boolean estimated) throws IOException {
    g.writeObjectFieldStart("usage");
    g.writeNumberField("input_tokens", u.inputTokens());
    g.writeNumberField("output_tokens", u.outputTokens());
    g.writeNumberField("cache_creation_5m_input_tokens", u.cacheWrite5mTokens());
    g.writeNumberField("cache_creation_1h_input_tokens", u.cacheWrite1hTokens());
    g.writeNumberField("cache_read_input_tokens", u.cacheReadTokens());
    g.writeStringField("speed", u.speed().name().toLowerCase(Locale.ROOT));
    g.writeStringField("inference_geo", u.inferenceGeo());
    g.writeNumberField("web_search_requests", u.webSearches());
    g.writeBooleanField("estimated", estimated);
    g.writeEndObject();
  }

  /**
   * Parses one decision line; throws {@link IllegalArgumentException} with the reason when
   * malformed or when the line is an adjustment (use {@link #readLine} where those may appear).
   */
  public static DecisionRecord read(String line) {
    JsonNode n = object(line);
    if (n.has(ADJUSTMENT)) {
      throw new IllegalArgumentException("a wallet adjustment, not a decision");
    }
    return decision(n);
  }

  /**
   * Parses one line of a gateway's decision log, which holds decisions and wallet adjustments;
   * throws {@link IllegalArgumentException} with the reason when malformed.
   */
  public static LogLine readLine(String line) {
    JsonNode n = object(line);
    return n.has(ADJUSTMENT) ? new LogLine(null, adjustment(n)) : new LogLine(decision(n), null);
  }

  private static JsonNode object(String line) {
    JsonNode n;
    try {
      n = MAPPER.readTree(line);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalArgumentException("not JSON: " + e.getOriginalMessage(), e);
    }
    if (n == null || !n.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    return n;
  }

  private static WalletAdjustment adjustment(JsonNode n) {
    WalletAdjustment.Kind kind;
    try {
      kind = WalletAdjustment.Kind.valueOf(required(n, ADJUSTMENT).toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(
          "unknown adjustment '" + n.get(ADJUSTMENT).asText() + "'", e);
    }
    return new WalletAdjustment(
        Instant.parse(required(n, "time")),
        required(n, "wallet"),
        kind,
        micros(n.path("usd")),
        micros(n.path("spent_usd")),
        n.path("source").asText("unknown"));
  }

  private static DecisionRecord decision(JsonNode n) {
    JsonNode u = n.path("usage");
    Usage usage =
        new Usage(
            u.path("input_tokens").asLong(),
            u.path("output_tokens").asLong(),
            u.path("cache_creation_5m_input_tokens").asLong(),
            u.path("cache_creation_1h_input_tokens").asLong(),
            u.path("cache_read_input_tokens").asLong(),
            "fast".equals(u.path("speed").asText()) ? Speed.FAST : Speed.STANDARD,
            u.path("inference_geo").asText(""),
            u.path("web_search_requests").asLong());
    List<Reason> reasons = new ArrayList<>();
    for (JsonNode r : n.path("reasons")) {
      reasons.add(
          new Reason(
              ReasonKind.valueOf(r.path("kind").asText()),
              r.hasNonNull("wallet") ? r.get("wallet").asText() : null,
              r.hasNonNull("rule") ? r.get("rule").asText() : null,
              r.hasNonNull("stage")
                  ? StageAction.valueOf(r.get("stage").asText().toUpperCase(Locale.ROOT))
                  : null,
              basisPoints(r.path("at_percent")),
              r.path("steps").asInt(0),
              basisPoints(r.path("percent"))));
    }
    return new DecisionRecord(
        Instant.parse(required(n, "time")),
        required(n, "request_id"),
        n.path("session_id").asText(""),
        required(n, "developer"),
        n.hasNonNull("team") ? n.get("team").asText() : null,
        required(n, "original_model"),
        required(n, "routed_model"),
        Action.valueOf(required(n, "action")),
        reasons,
        usage,
        u.path("estimated").asBoolean(false),
        micros(n.path("cost_usd")),
        micros(n.path("original_cost_usd")),
        n.path("source").asText("unknown"));
  }

  private static String required(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || v.isNull() || v.asText().isEmpty()) {
      throw new IllegalArgumentException("missing field '" + field + "'");
    }
    return v.asText();
  }

  private static long micros(JsonNode v) {
    return v.isMissingNode() || v.isNull()
        ? 0
        : v.decimalValue()
            .movePointRight(6)
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .longValueExact();
  }

  private static int basisPoints(JsonNode v) {
    return v.isMissingNode() || v.isNull()
        ? 0
        : v.decimalValue()
            .movePointRight(2)
            .setScale(0, java.math.RoundingMode.HALF_UP)
            .intValueExact();
  }
}
