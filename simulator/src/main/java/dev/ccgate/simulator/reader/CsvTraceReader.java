package dev.ccgate.simulator.reader;

import dev.ccgate.simulator.trace.RowSink;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceReader;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;

/**
 * Reads a generic CSV with a header (SPEC section 6). Columns are matched by name: {@code time},
 * {@code developer}, {@code team}, {@code session}, {@code request_id}, {@code message_id}, {@code
 * model}, {@code input_tokens}, {@code output_tokens}, {@code cache_creation_5m}, {@code
 * cache_creation_1h} (or a total {@code cache_creation_input_tokens}, all 5-minute), {@code
 * cache_read_input_tokens}, {@code speed}, {@code inference_geo}, {@code web_search_requests}. A
 * file without a developer column takes the developer its folder names.
 */
public final class CsvTraceReader implements TraceReader {
  @Override
  public TraceFormat format() {
    return TraceFormat.CSV;
  }

  @Override
  public void read(TraceFile file, RowSink sink) throws IOException {
    CsvRows.read(
        TraceBytes.readAll(file.path()), sink, (line, f) -> sink.row(toRow(file, line, f)));
  }

  private static TraceRow toRow(TraceFile file, long line, CsvRows.Fields f) {
    String developer = f.get("developer", "user", "email", "user_email");
    if (developer == null) {
      developer = file.developer();
    }
    if (developer == null) {
      throw new BadRecord("no developer (add a developer column or use a developer folder)");
    }
    String model = f.get("model");
    if (model == null) {
      throw new BadRecord("missing model");
    }
    String input = f.get("input_tokens", "uncached_input_tokens");
    String output = f.get("output_tokens");
    if (input == null || output == null) {
      throw new BadRecord(input == null ? "missing input_tokens" : "missing output_tokens");
    }
    boolean split =
        f.has(
            "cache_creation_5m",
            "cache_creation_1h",
            "cache_creation_5m_input_tokens",
            "cache_creation_1h_input_tokens",
            "cache_write_5m",
            "cache_write_1h");
    long w5;
    long w1;
    if (split) {
      w5 = f.count("cache_creation_5m", "cache_creation_5m_input_tokens", "cache_write_5m");
      w1 = f.count("cache_creation_1h", "cache_creation_1h_input_tokens", "cache_write_1h");
    } else {
      w5 = f.count("cache_creation_input_tokens", "cache_creation_tokens", "cache_write");
      w1 = 0;
    }
    return new TraceRow(
        Timestamps.micros(f.get("time", "timestamp", "start_time", "starting_at")),
        developer,
        f.get("team", "team_id", "cost_center"),
        f.get("session", "session_id"),
        f.get("request_id"),
        f.get("message_id"),
        model,
        null,
        JsonValues.parseCount(input, "input_tokens"),
        JsonValues.parseCount(output, "output_tokens"),
        w5,
        w1,
        f.count("cache_read_input_tokens", "cache_read_tokens", "cache_read"),
        JsonValues.speed(f.get("speed")),
        f.get("inference_geo"),
        f.count("web_search_requests", "web_searches"),
        false,
        f.get("agent_id"),
        false,
        line);
  }
}
