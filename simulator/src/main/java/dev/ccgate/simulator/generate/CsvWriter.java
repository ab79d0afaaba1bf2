package dev.ccgate.simulator.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a developer's calls as the generic CSV ccgate reads ({@code CsvTraceReader}: columns by
 * name), one file per developer ({@code <out>/<email>.csv}), one row per call, no duplicates. API
 * errors are not calls and have no row; {@code cost_usd} is informational (list price).
 */
final class CsvWriter implements TrafficWriter {
  static final String HEADER =
      "time,developer,team,session,request_id,message_id,model,input_tokens,output_tokens,"
          + "cache_creation_5m,cache_creation_1h,cache_read_input_tokens,speed,inference_geo,"
          + "web_search_requests,agent_id,cost_usd\n";

  private final Path path;
  private final Developer developer;
  private final Text text = new Text();
  private final StringBuilder line = new StringBuilder(512);
  private Writer w;
  private long lines;
  private long bytes;
  private long usageLines;

  CsvWriter(Path out, Developer developer) {
    this.path = out.resolve(developer.email() + ".csv");
    this.developer = developer;
  }

  @Override
  public void write(Session s) throws IOException {
    if (w == null) {
      Files.createDirectories(path.toAbsolutePath().getParent());
      w =
          new BufferedWriter(
              new OutputStreamWriter(Files.newOutputStream(path), StandardCharsets.UTF_8), 1 << 16);
      w.write(HEADER);
      lines++;
      bytes += HEADER.length();
    }
    List<Call> calls = new ArrayList<>(s.calls());
    calls.sort(Comparator.comparingLong(Call::time));
    for (Call c : calls) {
      line.setLength(0);
      text.instant(line, c.time());
      line.append(',').append(developer.email()).append(',').append(developer.team());
      line.append(',').append(s.id).append(',').append(c.requestId());
      line.append(',').append(c.messageId()).append(',').append(c.model());
      line.append(',').append(c.input()).append(',').append(c.output());
      line.append(',').append(c.write5m()).append(',').append(c.write1h());
      line.append(',').append(c.read()).append(',').append(c.fast() ? "fast" : "standard");
      line.append(',').append(c.geo() == null ? "" : c.geo());
      line.append(',').append(c.webSearches()).append(',');
      line.append(c.agentId() == null ? "" : c.agentId()).append(',');
      Text.dollars(line, c.costMicros());
      line.append('\n');
      w.append(line);
      lines++;
      usageLines++;
      bytes += line.length();
    }
  }

  @Override
  public Output output() {
    return new Output(w == null ? 0 : 1, lines, bytes, usageLines);
  }

  @Override
  public void close() throws IOException {
    if (w != null) {
      w.close();
    }
  }
}
