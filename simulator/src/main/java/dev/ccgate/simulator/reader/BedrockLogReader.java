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
 * Reads Bedrock model-invocation logs (formats.md 6.3). The developer is the session name of an
 * assumed-role ARN (or the user name of an IAM user ARN); the team is {@code requestMetadata.team},
 * else its cost centre. There is no 5m/1h split: cache writes are 5-minute.
 */
public final class BedrockLogReader implements TraceReader {
  private final JsonDocuments documents = new JsonDocuments(new ObjectMapper());

  @Override
  public TraceFormat format() {
    return TraceFormat.BEDROCK;
  }

  @Override
  public void read(TraceFile file, RowSink sink) throws IOException {
    byte[] bytes = TraceBytes.readAll(file.path());
    documents.read(bytes, sink, (line, log) -> sink.row(toRow(line, log)));
  }

  private static TraceRow toRow(long line, JsonNode log) {
    String schema = JsonValues.text(log.get("schemaType"));
    if (schema != null && !"ModelInvocationLog".equals(schema)) {
      throw new BadRecord("schemaType " + schema + " is not a ModelInvocationLog");
    }
    String model = JsonValues.text(log.get("modelId"));
    if (model == null) {
      throw new BadRecord("missing modelId");
    }
    String arn = JsonValues.text(log.path("identity").get("arn"));
    if (arn == null) {
      throw new BadRecord("missing identity.arn");
    }
    JsonNode in = log.path("input");
    JsonNode out = log.path("output");
    JsonNode meta = log.path("requestMetadata");
    String team = JsonValues.text(meta.get("team"));
    if (team == null) {
      team = JsonValues.text(meta.get("costCentre"));
    }
    if (team == null) {
      team = JsonValues.text(meta.get("cost_center"));
    }
    return new TraceRow(
        Timestamps.micros(JsonValues.text(log.get("timestamp"))),
        sessionName(arn),
        team,
        JsonValues.text(meta.get("session")),
        JsonValues.text(log.get("requestId")),
        null,
        model,
        null,
        JsonValues.count(in.get("inputTokenCount"), "input.inputTokenCount"),
        JsonValues.count(out.get("outputTokenCount"), "output.outputTokenCount"),
        JsonValues.count(in.get("cacheWriteInputTokenCount"), "input.cacheWriteInputTokenCount"),
        0,
        JsonValues.count(in.get("cacheReadInputTokenCount"), "input.cacheReadInputTokenCount"),
        null,
        null,
        0,
        false,
        null,
        false,
        line);
  }

  /** {@code arn:aws:sts::1:assumed-role/Role/alice@example.com} gives {@code alice@example.com}. */
  static String sessionName(String arn) {
    int slash = arn.lastIndexOf('/');
    String name = slash >= 0 ? arn.substring(slash + 1) : arn;
    if (name.isEmpty()) {
      throw new BadRecord("identity.arn has no session name: " + Timestamps.shorten(arn));
    }
    return name;
  }
}
