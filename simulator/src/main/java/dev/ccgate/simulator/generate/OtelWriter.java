package dev.ccgate.simulator.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Writes a developer's calls as Claude Code's OpenTelemetry log export (formats.md 2.3, 2.5): OTLP
 * JSON, one export request per line, one file per UTC day ({@code
 * <out>/<email>/otel-logs-<day>.jsonl}). Each call is one {@code claude_code.api_request} record,
 * each API error one {@code claude_code.api_error}; token counts are {@code intValue} strings, the
 * team is the {@code team.id} resource attribute (and, as since Claude Code 2.1.161, a record
 * attribute too). There are no duplicates in this format.
 */
final class OtelWriter implements TrafficWriter {
  private static final int BATCH = 16;

  private final Path folder;
  private final Developer developer;
  private final String organization;
  private final String accountUuid;
  private final String accountId;
  private final String userId;
  private final String terminal;
  private final Text text = new Text();
  private final StringBuilder line = new StringBuilder(16_384);
  private LocalDate day;
  private Writer w;
  private long files;
  private long lines;
  private long bytes;
  private long usageLines;

  OtelWriter(Path out, Developer developer, String organization, Draw ids) {
    this.folder = out.resolve(developer.email());
    this.developer = developer;
    this.organization = organization;
    this.accountUuid = ids.uuid();
    this.accountId = "user_01" + ids.base58(14);
    this.userId = ids.hex(64);
    this.terminal = ids.pick(List.of("iTerm.app", "vscode", "cursor", "tmux", "ghostty"));
  }

  @Override
  public void write(Session s) throws IOException {
    List<Session.Entry> events = new ArrayList<>(s.calls());
    events.addAll(s.errors());
    if (events.isEmpty()) {
      return;
    }
    events.sort(Comparator.comparingLong(Session.Entry::time));
    open(LocalDate.ofEpochDay(Math.floorDiv(events.get(0).time(), 86_400_000L)));
    long sequence = 0;
    for (int from = 0; from < events.size(); from += BATCH) {
      begin(s.version);
      List<Session.Entry> batch = events.subList(from, Math.min(events.size(), from + BATCH));
      for (int i = 0; i < batch.size(); i++) {
        if (i > 0) {
          line.append(',');
        }
        Session.Entry e = batch.get(i);
        if (e instanceof Call c) {
          request(s, c, ++sequence);
          usageLines++;
        } else {
          error(s, (Session.ApiError) e, ++sequence);
        }
      }
      line.append("]}]}]}\n");
      w.append(line);
      lines++;
      bytes += line.length();
    }
  }

  private void open(LocalDate d) throws IOException {
    if (d.equals(day)) {
      return;
    }
    if (w != null) {
      w.close();
    }
    Files.createDirectories(folder);
    Path path = folder.resolve("otel-logs-" + d + ".jsonl");
    if (!Files.exists(path)) {
      files++;
    }
    w =
        new BufferedWriter(
            new OutputStreamWriter(
                Files.newOutputStream(path, StandardOpenOption.CREATE, StandardOpenOption.APPEND),
                StandardCharsets.UTF_8),
            1 << 16);
    day = d;
  }

  private void begin(String version) {
    line.setLength(0);
    line.append("{\"resourceLogs\":[{\"resource\":{\"attributes\":[");
    str("service.name", "claude-code");
    line.append(',');
    str("service.version", version);
    line.append(',');
    str("department", "engineering");
    line.append(',');
    str("team.id", developer.team());
    line.append(
        "]},\"scopeLogs\":[{\"scope\":{\"name\":\"com.anthropic.claude_code\",\"version\":");
    Text.json(line, version);
    line.append("},\"logRecords\":[");
  }

  private void request(Session s, Call c, long sequence) {
    record(c.time(), "claude_code.api_request", "api_request", s, sequence);
    str("model", c.model());
    line.append(",{\"key\":\"cost_usd\",\"value\":{\"doubleValue\":");
    Text.dollars(line, c.costMicros());
    line.append("}},");
    integer("cost_usd_micros", c.costMicros());
    integer("duration_ms", c.durationMs());
    integer("input_tokens", c.input());
    integer("output_tokens", c.output());
    integer("cache_read_tokens", c.read());
    integer("cache_creation_tokens", c.writes());
    str("request_id", c.requestId());
    line.append(',');
    str("speed", c.fast() ? "fast" : "normal");
    line.append(',');
    str("query_source", c.querySource());
    line.append(',');
    str("effort", c.effort());
    if (c.agentId() != null) {
      line.append(',');
      str("agent.id", c.agentId());
    }
    line.append("]}");
  }

  private void error(Session s, Session.ApiError a, long sequence) {
    record(a.time(), "claude_code.api_error", "api_error", s, sequence);
    str("model", a.model());
    line.append(',');
    str("error", a.text());
    line.append(',');
    integer("status_code", a.status());
    integer("attempt", 11);
    str("query_source", "repl_main_thread");
    line.append("]}");
  }

  private void record(long time, String body, String event, Session s, long sequence) {
    line.append("{\"timeUnixNano\":\"").append(time).append("000000\",\"observedTimeUnixNano\":\"");
    line.append(time).append("000000\",\"body\":{\"stringValue\":\"").append(body);
    line.append("\"},\"attributes\":[");
    str("event.name", event);
    line.append(",{\"key\":\"event.timestamp\",\"value\":{\"stringValue\":\"");
    text.instant(line, time);
    line.append("\"}},");
    integer("event.sequence", sequence);
    str("session.id", s.id);
    line.append(',');
    str("organization.id", organization);
    line.append(',');
    str("user.account_uuid", accountUuid);
    line.append(',');
    str("user.account_id", accountId);
    line.append(',');
    str("user.id", userId);
    line.append(',');
    str("user.email", developer.email());
    line.append(',');
    str("terminal.type", terminal);
    line.append(',');
    str("team.id", developer.team());
    line.append(',');
  }

  private void str(String key, String value) {
    line.append("{\"key\":\"").append(key).append("\",\"value\":{\"stringValue\":");
    Text.json(line, value);
    line.append("}}");
  }

  /** An OTLP int64, which JSON encodes as a string; followed by a comma. */
  private void integer(String key, long value) {
    line.append("{\"key\":\"").append(key).append("\",\"value\":{\"intValue\":\"");
    line.append(value).append("\"}},");
  }

  @Override
  public Output output() {
    return new Output(files, lines, bytes, usageLines);
  }

  @Override
  public void close() throws IOException {
    if (w != null) {
      w.close();
    }
  }
}
