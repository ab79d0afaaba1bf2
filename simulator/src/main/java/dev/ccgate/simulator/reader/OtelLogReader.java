package dev.ccgate.simulator.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccgate.simulator.trace.RowSink;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceReader;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads Claude Code OpenTelemetry logs in OTLP JSON (formats.md 2.3, 2.5): every {@code
 * claude_code.api_request} record is a request. Numbers may be {@code intValue} strings or {@code
 * stringValue}s. Identity is {@code user.email}; the team is {@code team.id}, else {@code
 * cost_center}, from the record or its resource. Creation tokens carry no 5m/1h split, so all are
 * 5-minute writes.
 */
public final class OtelLogReader implements TraceReader {
  private static final String API_REQUEST = "claude_code.api_request";

  private final JsonDocuments documents = new JsonDocuments(new ObjectMapper());

  @Override
  public TraceFormat format() {
    return TraceFormat.OTEL;
  }

  @Override
  public void read(TraceFile file, RowSink sink) throws IOException {
    byte[] bytes = TraceBytes.readAll(file.path());
    documents.read(bytes, sink, (line, doc) -> readExport(line, doc, sink));
  }

  private static void readExport(long line, JsonNode doc, RowSink sink) {
    JsonNode resourceLogs = doc.get("resourceLogs");
    if (resourceLogs == null || !resourceLogs.isArray()) {
      throw new BadRecord("no resourceLogs array (not an OTLP logs export)");
    }
    for (JsonNode rl : resourceLogs) {
      Map<String, JsonNode> resource = attributes(rl.path("resource").path("attributes"));
      for (JsonNode sl : rl.path("scopeLogs")) {
        for (JsonNode record : sl.path("logRecords")) {
          if (!isApiRequest(record)) {
            continue;
          }
          try {
            sink.row(toRow(line, record, resource));
          } catch (BadRecord e) {
            sink.reject(line, e.getMessage());
          }
        }
      }
    }
  }

  private static boolean isApiRequest(JsonNode record) {
    String body = JsonValues.text(record.path("body").path("stringValue"));
    if (body != null) {
      return API_REQUEST.equals(body);
    }
    JsonNode name = attributes(record.path("attributes")).get("event.name");
    return name != null && "api_request".equals(anyValue(name));
  }

  private static TraceRow toRow(long line, JsonNode record, Map<String, JsonNode> resource) {
    Map<String, JsonNode> a = new HashMap<>(resource);
    a.putAll(attributes(record.path("attributes")));
    String developer = first(a, "user.email", "user.account_id", "user.account_uuid", "user.id");
    if (developer == null) {
      throw new BadRecord("api_request without user.email or user id");
    }
    String model = first(a, "model");
    if (model == null) {
      throw new BadRecord("api_request without model");
    }
    return new TraceRow(
        time(record, a),
        developer,
        first(a, "team.id", "cost_center"),
        first(a, "session.id"),
        first(a, "request_id"),
        null,
        model,
        null,
        count(a, "input_tokens"),
        count(a, "output_tokens"),
        count(a, "cache_creation_tokens"),
        0,
        count(a, "cache_read_tokens"),
        JsonValues.speed(first(a, "speed")),
        null,
        0,
        "subagent".equals(first(a, "query_source")),
        first(a, "agent.id", "agent.name"),
        false,
        line);
  }

  private static long time(JsonNode record, Map<String, JsonNode> a) {
    String ts = first(a, "event.timestamp");
    if (ts != null) {
      return Timestamps.micros(ts);
    }
    for (String field : new String[] {"timeUnixNano", "observedTimeUnixNano"}) {
      String nanos = JsonValues.text(record.get(field));
      if (nanos != null && !"0".equals(nanos)) {
        try {
          return Long.parseLong(nanos) / 1_000L;
        } catch (NumberFormatException e) {
          throw new BadRecord("bad " + field + " '" + Timestamps.shorten(nanos) + "'");
        }
      }
    }
    throw new BadRecord("api_request without a timestamp");
  }

  /** OTLP {@code [{key, value:{stringValue|intValue|doubleValue|boolValue}}]} as a map. */
  private static Map<String, JsonNode> attributes(JsonNode list) {
    Map<String, JsonNode> out = new HashMap<>();
    for (JsonNode kv : list) {
      String key = JsonValues.text(kv.get("key"));
      if (key != null) {
        out.put(key, kv.path("value"));
      }
    }
    return out;
  }

  private static String anyValue(JsonNode value) {
    for (String kind : new String[] {"stringValue", "intValue", "doubleValue", "boolValue"}) {
      String s = JsonValues.text(value.get(kind));
      if (s != null) {
        return s;
      }
    }
    return null;
  }

  private static String first(Map<String, JsonNode> a, String... keys) {
    for (String key : keys) {
      JsonNode v = a.get(key);
      String s = v == null ? null : anyValue(v);
      if (s != null && !s.isEmpty()) {
        return s;
      }
    }
    return null;
  }

  private static long count(Map<String, JsonNode> a, String key) {
    String s = first(a, key);
    return s == null ? 0 : JsonValues.parseCount(s, key);
  }
}
