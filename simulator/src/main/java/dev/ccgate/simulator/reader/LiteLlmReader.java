package dev.ccgate.simulator.reader;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import dev.ccgate.simulator.trace.RowSink;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceReader;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;

/**
 * Reads LiteLLM {@code SpendLogs} rows (formats.md 4): the {@code /spend/logs} JSON array, JSON
 * lines, or a CSV export of the same columns. The developer is {@code user}, else the key's user id
 * or alias, else {@code end_user}, else the hashed key; the team is the key's team alias, else
 * {@code team_id}. {@code prompt_tokens} is taken to include cache tokens (formats.md marks this
 * unverified): the cache counts in {@code metadata.additional_usage_values} are subtracted from it.
 */
public final class LiteLlmReader implements TraceReader {
  private final ObjectMapper mapper = new ObjectMapper();
  private final JsonDocuments documents = new JsonDocuments(mapper);

  /** A field lookup over a JSON row or a CSV record. */
  private interface Row {
    String get(String... names);

    JsonNode metadata();
  }

  @Override
  public TraceFormat format() {
    return TraceFormat.LITELLM;
  }

  @Override
  public void read(TraceFile file, RowSink sink) throws IOException {
    byte[] bytes = TraceBytes.readAll(file.path());
    int first = Lines.skipSpace(bytes, Lines.hasBom(bytes) ? 3 : 0, bytes.length);
    if (first < bytes.length && (bytes[first] == '[' || bytes[first] == '{')) {
      documents.read(bytes, sink, (line, n) -> sink.row(toRow(line, jsonRow(n))));
    } else {
      CsvRows.read(bytes, sink, (line, f) -> sink.row(toRow(line, csvRow(f))));
    }
  }

  private static Row jsonRow(JsonNode n) {
    return new Row() {
      @Override
      public String get(String... names) {
        for (String name : names) {
          String v = JsonValues.text(n.get(name));
          if (v != null) {
            return v;
          }
        }
        return null;
      }

      @Override
      public JsonNode metadata() {
        JsonNode m = n.path("metadata");
        return m.isTextual() ? parse(m.asText()) : m;
      }

      private JsonNode parse(String text) {
        try {
          return new ObjectMapper().readTree(text);
        } catch (JsonProcessingException e) {
          throw new BadRecord("metadata is not JSON: " + JsonValues.reason(e));
        }
      }
    };
  }

  private Row csvRow(CsvRows.Fields f) {
    return new Row() {
      @Override
      public String get(String... names) {
        return f.get(names);
      }

      @Override
      public JsonNode metadata() {
        String m = f.get("metadata");
        if (m == null) {
          return MissingNode.getInstance();
        }
        try {
          return mapper.readTree(m);
        } catch (JsonProcessingException e) {
          throw new BadRecord("metadata is not JSON: " + JsonValues.reason(e));
        }
      }
    };
  }

  private static TraceRow toRow(long line, Row r) {
    JsonNode meta = r.metadata();
    String developer = r.get("user");
    if (developer == null) {
      developer = JsonValues.text(meta.get("user_api_key_user_id"));
    }
    if (developer == null) {
      developer = JsonValues.text(meta.get("user_api_key_alias"));
    }
    if (developer == null) {
      developer = r.get("end_user", "api_key");
    }
    if (developer == null) {
      throw new BadRecord("no user, key alias, end_user or api_key");
    }
    String team = JsonValues.text(meta.get("user_api_key_team_alias"));
    if (team == null) {
      team = r.get("team_id");
    }
    String model = r.get("model", "model_group");
    if (model == null) {
      throw new BadRecord("missing model");
    }
    JsonNode extra = meta.path("additional_usage_values");
    long read = JsonValues.count(extra.get("cache_read_input_tokens"), "cache_read_input_tokens");
    long write =
        JsonValues.count(extra.get("cache_creation_input_tokens"), "cache_creation_input_tokens");
    if (read == 0 && write == 0) {
      read = count(r, "cache_read_input_tokens");
      write = count(r, "cache_creation_input_tokens");
    }
    long prompt = count(r, "prompt_tokens");
    return new TraceRow(
        Timestamps.micros(r.get("startTime", "start_time")),
        developer,
        team,
        r.get("session_id"),
        r.get("request_id"),
        null,
        providerless(model),
        null,
        Math.max(0, prompt - read - write),
        count(r, "completion_tokens"),
        write,
        0,
        read,
        null,
        null,
        0,
        false,
        r.get("agent_id"),
        false,
        line);
  }

  private static long count(Row r, String name) {
    String v = r.get(name);
    return v == null ? 0 : JsonValues.parseCount(v, name);
  }

  /** {@code anthropic/claude-opus-4-5} is {@code claude-opus-4-5}; ARNs stay whole. */
  private static String providerless(String model) {
    if (model.startsWith("arn:")) {
      return model;
    }
    int slash = model.lastIndexOf('/');
    return slash >= 0 ? model.substring(slash + 1) : model;
  }
}
