package dev.ccgate.simulator.reader;

import dev.ccgate.simulator.trace.TraceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a file's format from its first bytes: the keys of its first JSON record, or the column
 * names of a CSV header. Keys are matched with their quotes, so text quoted inside a JSON string
 * (where quotes are escaped) never matches.
 */
public final class FormatDetector {
  private static final int HEAD_BYTES = 16 * 1024;

  /** The format of {@code file}, or empty when it is none ccgate reads. */
  public Optional<TraceFormat> detect(Path file) throws IOException {
    byte[] head = TraceBytes.head(file, HEAD_BYTES);
    // A gzipped file is told by its content like any other, and by its name without ".gz".
    String name = TraceBytes.plainName(file.getFileName().toString());
    String record = firstJsonLine(head);
    if (record != null) {
      return json(record, name);
    }
    return detect(new String(head, StandardCharsets.UTF_8), name);
  }

  /**
   * What {@link #detect(String, String)} would take as the first record when the head starts with a
   * JSON record on a line of its own (JSON lines), decoding only that line; null for any other
   * head. Decoding all 16 KB of every file to look at its first line was most of the CPU of finding
   * the 22,089 files of a 1,000-developer transcript set.
   */
  static String firstJsonLine(byte[] head) {
    int i = Lines.hasBom(head) ? 3 : 0;
    // Bytes that String.stripLeading strips too (it strips more; those take the long way).
    while (i < head.length
        && (head[i] == ' ' || head[i] == '\t' || head[i] == '\n' || head[i] == '\r')) {
      i++;
    }
    if (i >= head.length || (head[i] != '{' && head[i] != '[')) {
      return null;
    }
    int nl = Lines.indexOf(head, (byte) '\n', i, head.length);
    if (nl < 0) {
      return null;
    }
    // The line ends at an ASCII byte, so it decodes alone exactly as within the whole head.
    String line = new String(head, i, nl - i, StandardCharsets.UTF_8).trim();
    return line.endsWith("}") || line.endsWith("]") ? line : null;
  }

  /** The format of a file whose first bytes are {@code head}. */
  public Optional<TraceFormat> detect(String head, String fileName) {
    String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
    String trimmed = text.stripLeading();
    if (trimmed.isEmpty()) {
      return Optional.empty();
    }
    char first = trimmed.charAt(0);
    if (first == '{' || first == '[') {
      return json(firstRecord(trimmed), fileName);
    }
    if (trimmed.indexOf('\0') >= 0) {
      return Optional.empty(); // binary
    }
    return csv(firstLine(trimmed));
  }

  private static Optional<TraceFormat> json(String r, String fileName) {
    if (r.contains("\"resourceLogs\"")) {
      return Optional.of(TraceFormat.OTEL);
    }
    if (r.contains("\"ModelInvocationLog\"")
        || (r.contains("\"modelId\"") && r.contains("\"identity\""))) {
      return Optional.of(TraceFormat.BEDROCK);
    }
    if ((r.contains("\"original_model\"") && r.contains("\"routed_model\""))
        || (r.contains("\"adjustment\"") && r.contains("\"wallet\""))) {
      return Optional.of(TraceFormat.DECISIONS);
    }
    if (r.contains("\"starting_at\"") && r.contains("\"results\"")) {
      return Optional.of(TraceFormat.ADMIN);
    }
    if (r.contains("\"spend\"") && (r.contains("\"startTime\"") || r.contains("\"request_id\""))) {
      return Optional.of(TraceFormat.LITELLM);
    }
    if (r.contains("\"sessionId\"")
        || r.contains("\"parentUuid\"")
        || r.contains("\"leafUuid\"")
        || (fileName.endsWith(".jsonl") && r.contains("\"type\""))) {
      return Optional.of(TraceFormat.TRANSCRIPT);
    }
    return Optional.empty();
  }

  private static Optional<TraceFormat> csv(String header) {
    if (header.indexOf(',') < 0) {
      return Optional.empty();
    }
    String norm = normaliseHeader(header);
    if (norm.contains(",spend,")
        && (norm.contains(",starttime,") || norm.contains(",requestid,"))) {
      return Optional.of(TraceFormat.LITELLM);
    }
    boolean time = norm.contains(",time,") || norm.contains(",timestamp,");
    if (time && norm.contains(",model,")) {
      return Optional.of(TraceFormat.CSV);
    }
    return Optional.empty();
  }

  private static String normaliseHeader(String header) {
    StringBuilder b = new StringBuilder(",");
    for (String column : header.split(",", -1)) {
      b.append(CsvRows.normalise(column.replace("\"", ""))).append(',');
    }
    return b.toString().toLowerCase(Locale.ROOT);
  }

  /** The first JSON record: the first line, or the whole head when the record spans lines. */
  private static String firstRecord(String text) {
    String t = firstLine(text).trim();
    // A record that ends on its first line is that line (JSON lines); else it spans lines.
    return t.endsWith("}") || t.endsWith("]") ? t : text;
  }

  private static String firstLine(String text) {
    int nl = text.indexOf('\n');
    return nl < 0 ? text : text.substring(0, nl);
  }
}
