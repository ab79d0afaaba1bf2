package dev.ccgate.simulator.reader;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccgate.simulator.trace.RowSink;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceReader;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;

/**
 * Reads Admin API {@code usage_report/messages} pages (formats.md 3.1). Each result row of a bucket
 * becomes one synthetic request at the bucket's start, so a replay works at bucket granularity. The
 * developer is the row's {@code account_id}, else {@code api_key_id}, else {@code
 * service_account_id} (mapped to people later through the policy's aliases); a row that is not
 * grouped by any of them belongs to {@code workspace_id} or to {@code unattributed}. Rows with no
 * usage at all (empty intervals) are skipped.
 */
public final class AdminUsageReader implements TraceReader {
  private final JsonDocuments documents = new JsonDocuments(new ObjectMapper());

  @Override
  public TraceFormat format() {
    return TraceFormat.ADMIN;
  }

  @Override
  public void read(TraceFile file, RowSink sink) throws IOException {
    byte[] bytes = TraceBytes.readAll(file.path());
    documents.read(bytes, sink, (line, page) -> readPage(line, page, sink));
  }

  private static void readPage(long line, JsonNode page, RowSink sink) {
    JsonNode data = page.get("data");
    if (data == null || !data.isArray()) {
      throw new BadRecord("no data array (not a usage_report page)");
    }
    for (JsonNode bucket : data) {
      long start;
      try {
        start = Timestamps.micros(JsonValues.text(bucket.get("starting_at")));
      } catch (BadRecord e) {
        sink.reject(line, "bucket: " + e.getMessage());
        continue;
      }
      for (JsonNode result : bucket.path("results")) {
        try {
          TraceRow row = toRow(line, start, result);
          if (row.totalTokens() > 0 || row.webSearches() > 0) {
            sink.row(row);
          }
        } catch (BadRecord e) {
          sink.reject(line, e.getMessage());
        }
      }
    }
  }

  private static TraceRow toRow(long line, long start, JsonNode r) {
    String developer =
        firstText(r, "account_id", "api_key_id", "service_account_id", "workspace_id");
    String model = JsonValues.text(r.get("model"));
    if (model == null) {
      throw new BadRecord("result without model (group the report by model)");
    }
    JsonNode cache = r.path("cache_creation");
    return new TraceRow(
        start,
        developer == null ? "unattributed" : developer,
        null,
        null,
        null,
        null,
        model,
        null,
        JsonValues.count(r.get("uncached_input_tokens"), "uncached_input_tokens"),
        JsonValues.count(r.get("output_tokens"), "output_tokens"),
        JsonValues.count(cache.get("ephemeral_5m_input_tokens"), "ephemeral_5m_input_tokens"),
        JsonValues.count(cache.get("ephemeral_1h_input_tokens"), "ephemeral_1h_input_tokens"),
        JsonValues.count(r.get("cache_read_input_tokens"), "cache_read_input_tokens"),
        JsonValues.speed(JsonValues.text(r.get("speed"))),
        JsonValues.text(r.get("inference_geo")),
        JsonValues.count(
            r.path("server_tool_use").get("web_search_requests"), "web_search_requests"),
        false,
        null,
        false,
        line);
  }

  private static String firstText(JsonNode n, String... fields) {
    for (String f : fields) {
      String s = JsonValues.text(n.get(f));
      if (s != null) {
        return s;
      }
    }
    return null;
  }
}
