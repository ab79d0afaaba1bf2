package dev.ccgate.simulator.reader;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import dev.ccgate.simulator.trace.RowSink;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import dev.ccgate.simulator.trace.TraceReader;
import dev.ccgate.simulator.trace.TraceRow;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * Reads Claude Code session transcripts (formats.md section 1). Only lines with {@code
 * message.usage} are requests; like ccusage, lines without the {@code "usage"} byte marker are not
 * parsed at all, which is what makes this fast. The others are read by {@link TranscriptScan}
 * straight from their bytes, and by Jackson when the scanner cannot vouch for a line. Duplicates
 * are kept here: dedup is global, across files, and happens in the database (formats.md 1.4).
 */
public final class TranscriptReader implements TraceReader {
  private static final byte[] USAGE_MARKER = "\"usage\"".getBytes(StandardCharsets.US_ASCII);

  private final JsonFactory json = new JsonFactory();

  @Override
  public TraceFormat format() {
    return TraceFormat.TRANSCRIPT;
  }

  @Override
  public void read(TraceFile file, RowSink sink) throws IOException {
    byte[] bytes = TraceBytes.readAll(file.path());
    FileContext ctx = new FileContext(file);
    TranscriptScan scan = new TranscriptScan(bytes);
    long lines =
        Lines.forEach(
            bytes,
            (line, start, end) -> {
              if (!Lines.contains(bytes, start, end, USAGE_MARKER)) {
                // Not parsed (most lines); still catch the truncated line a crash leaves behind.
                if (bytes[start] != '{' || bytes[end - 1] != '}') {
                  sink.reject(line, "not a JSON object (truncated line?)");
                }
                return;
              }
              try {
                TranscriptLine parsed = scan.scan(start, end);
                if (parsed == null) {
                  parsed = parse(bytes, start, end); // Jackson decides what the scanner cannot
                }
                if (parsed.hasUsage) {
                  sink.row(parsed.toRow(ctx, line));
                }
              } catch (BadRecord e) {
                sink.reject(line, e.getMessage());
              }
            });
    sink.linesRead(lines);
  }

  /** The fields of the line {@code bytes[start, end)} as Jackson reads them; BadRecord if bad. */
  TranscriptLine parse(byte[] bytes, int start, int end) {
    TranscriptLine t = new TranscriptLine();
    try (JsonParser p = json.createParser(bytes, start, end - start)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new BadRecord("not a JSON object");
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String field = p.currentName();
        p.nextToken();
        switch (field) {
          case "timestamp" -> t.timestamp = JsonValues.text(p);
          case "sessionId" -> t.sessionId = JsonValues.text(p);
          case "requestId" -> t.requestId = JsonValues.text(p);
          case "agentId" -> t.agentId = JsonValues.text(p);
          case "isSidechain" -> t.sidechain = JsonValues.bool(p);
          case "message" -> parseMessage(p, t);
          default -> p.skipChildren();
        }
      }
      if (p.nextToken() != null) {
        throw new BadRecord("trailing characters after the JSON object");
      }
    } catch (JsonProcessingException e) {
      throw new BadRecord("malformed JSON: " + JsonValues.reason(e));
    } catch (IOException e) {
      throw new BadRecord("malformed JSON: " + e.getMessage());
    }
    return t;
  }

  private static void parseMessage(JsonParser p, TranscriptLine t) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "id" -> t.messageId = JsonValues.text(p);
        case "model" -> t.model = JsonValues.text(p);
        case "usage" -> parseUsage(p, t);
        default -> p.skipChildren();
      }
    }
  }

  private static void parseUsage(JsonParser p, TranscriptLine t) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    t.hasUsage = true;
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "input_tokens" -> t.input = JsonValues.count(p, "usage.input_tokens");
        case "output_tokens" -> t.output = JsonValues.count(p, "usage.output_tokens");
        // JSON null counts as 0, as a missing count does (it used to unbox into a crash).
        case "cache_creation_input_tokens" ->
            t.creation = orZero(JsonValues.count(p, "usage.cache_creation_input_tokens"));
        case "cache_read_input_tokens" ->
            t.read = orZero(JsonValues.count(p, "usage.cache_read_input_tokens"));
        case "cache_creation" -> parseCacheSplit(p, t);
        case "server_tool_use" -> parseServerTools(p, t);
        case "speed" -> t.speed = JsonValues.text(p);
        case "inference_geo" -> t.geo = JsonValues.text(p);
        default -> p.skipChildren();
      }
    }
  }

  private static void parseCacheSplit(JsonParser p, TranscriptLine t) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      switch (field) {
        case "ephemeral_5m_input_tokens" ->
            t.split5m = JsonValues.count(p, "usage.cache_creation.ephemeral_5m_input_tokens");
        case "ephemeral_1h_input_tokens" ->
            t.split1h = JsonValues.count(p, "usage.cache_creation.ephemeral_1h_input_tokens");
        default -> p.skipChildren();
      }
    }
  }

  private static void parseServerTools(JsonParser p, TranscriptLine t) throws IOException {
    if (p.currentToken() != JsonToken.START_OBJECT) {
      p.skipChildren();
      return;
    }
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String field = p.currentName();
      p.nextToken();
      if (field.equals("web_search_requests")) {
        t.webSearches = orZero(JsonValues.count(p, "usage.server_tool_use.web_search_requests"));
      } else {
        p.skipChildren();
      }
    }
  }

  private static long orZero(Long count) {
    return count == null ? 0 : count;
  }

  /** What the file's path says: developer, default session (file stem) and subagent id. */
  private static final class FileContext {
    final String developer;
    final String session;
    final String agentId;
    final boolean subagentFile;

    FileContext(TraceFile file) {
      this.developer = file.developer() == null ? "unknown" : file.developer();
      String[] parts = file.name().split("/", -1);
      String stem = stem(TraceBytes.plainName(parts[parts.length - 1]));
      this.subagentFile = file.inSubagentsFolder();
      if (subagentFile && parts.length >= 3) {
        // <session>/subagents/agent-<id>.jsonl
        this.session = parts[parts.length - 3];
        this.agentId = stem.startsWith("agent-") ? stem.substring("agent-".length()) : stem;
      } else {
        this.session = stem;
        this.agentId = null;
      }
    }

    // The last session, model and agent id seen in the file, handed out again for an equal value:
    // a file holds one session and a few models, and every row is kept in memory until it is
    // deduplicated, so one copy per file instead of one per row (up to ~60 bytes each) is less
    // heap for the collector to copy (a ~600K-line report: 15 young collections, 0.7 s of pauses).
    private String lastSession;
    private String lastModel;
    private String lastAgent;

    String sharedSession(String s) {
      if (s != null && !s.equals(lastSession)) {
        lastSession = s;
      }
      return s == null ? null : lastSession;
    }

    String sharedModel(String s) {
      if (s != null && !s.equals(lastModel)) {
        lastModel = s;
      }
      return s == null ? null : lastModel;
    }

    String sharedAgent(String s) {
      if (s != null && !s.equals(lastAgent)) {
        lastAgent = s;
      }
      return s == null ? null : lastAgent;
    }

    private static String stem(String fileName) {
      int dot = fileName.lastIndexOf('.');
      return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
  }

  /** The fields of one transcript line that matter for billing. */
  static final class TranscriptLine {
    String timestamp;
    String sessionId;
    String requestId;
    String agentId;
    Boolean sidechain;
    String messageId;
    String model;
    boolean hasUsage;
    Long input;
    Long output;
    long creation;
    long read;
    Long split5m;
    Long split1h;
    long webSearches;
    String speed;
    String geo;

    /** Every field, for comparing two reads of the same line. */
    List<Object> values() {
      return Arrays.asList(
          timestamp,
          sessionId,
          requestId,
          agentId,
          sidechain,
          messageId,
          model,
          hasUsage,
          input,
          output,
          creation,
          read,
          split5m,
          split1h,
          webSearches,
          speed,
          geo);
    }

    TraceRow toRow(FileContext ctx, long line) {
      long time = Timestamps.micros(timestamp);
      if (model == null || model.isEmpty()) {
        throw new BadRecord("missing message.model");
      }
      boolean synthetic = TraceRow.SYNTHETIC_MODEL.equals(model);
      if (!synthetic && (input == null || output == null)) {
        throw new BadRecord(
            input == null ? "missing usage.input_tokens" : "missing usage.output_tokens");
      }
      // Prefer the 5m/1h breakdown (CC 2.1.152 fixed a top-level 0 with a non-zero split); with
      // no breakdown every creation token is a 5-minute write (formats.md 1.3, 1.5). An all-zero
      // breakdown beside a non-zero total is what Claude Code writes when the API sent no
      // breakdown (real-client.md B.2), so it counts as none: the writes happened and cost money
      // (ccusage 20.0.24 drops them; Claude Code's own total_cost_usd counts them).
      boolean split =
          (split5m != null || split1h != null) && (nz(split5m) + nz(split1h) > 0 || creation == 0);
      long w5 = split ? nz(split5m) : creation;
      long w1 = split ? nz(split1h) : 0;
      boolean side = sidechain != null ? sidechain : ctx.subagentFile;
      String session =
          sessionId == null || sessionId.isEmpty() ? ctx.session : ctx.sharedSession(sessionId);
      String agent = agentId != null && !agentId.isEmpty() ? ctx.sharedAgent(agentId) : ctx.agentId;
      String model = ctx.sharedModel(this.model);
      if (synthetic) {
        // An API-error placeholder: an event, never a cost (formats.md 1.7).
        return new TraceRow(
            time,
            ctx.developer,
            null,
            session,
            emptyToNull(requestId),
            emptyToNull(messageId),
            model,
            null,
            0,
            0,
            0,
            0,
            0,
            null,
            null,
            0,
            side,
            agent,
            false,
            line);
      }
      return new TraceRow(
          time,
          ctx.developer,
          null,
          session,
          emptyToNull(requestId),
          emptyToNull(messageId),
          model,
          null,
          input,
          output,
          w5,
          w1,
          read,
          JsonValues.speed(speed),
          emptyToNull(geo),
          webSearches,
          side,
          agent,
          false,
          line);
    }

    private static long nz(Long v) {
      return v == null ? 0 : v;
    }

    private static String emptyToNull(String s) {
      return s == null || s.isEmpty() ? null : s;
    }
  }
}
