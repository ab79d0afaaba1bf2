package dev.ccgate.gateway.alert;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The alerts already delivered, kept in {@code <state>/alerts-sent.jsonl} (one {@code
 * {"key":…,"sent":…}} line each) so that a restart never sends one twice. Thread-safe.
 */
public final class SentAlerts {
  /** The file's name in the state directory. */
  public static final String FILE_NAME = "alerts-sent.jsonl";

  private static final Logger LOG = LoggerFactory.getLogger(SentAlerts.class);
  private static final JsonFactory JSON = new JsonFactory();

  private final Path file;
  private final Set<String> sent = new HashSet<>();
  private final Set<String> claimed = new HashSet<>();

  private SentAlerts(Path file) {
    this.file = file;
  }

  /** The delivered alerts recorded in {@code stateDir} (none if the file does not exist yet). */
  public static SentAlerts load(Path stateDir) throws IOException {
    SentAlerts alerts = new SentAlerts(stateDir.resolve(FILE_NAME));
    if (Files.exists(alerts.file)) {
      List<String> lines = Files.readAllLines(alerts.file, StandardCharsets.UTF_8);
      for (String line : lines) {
        String key = keyOf(line);
        if (key != null) {
          alerts.sent.add(key);
        }
      }
    }
    return alerts;
  }

  private static String keyOf(String line) {
    if (line.isBlank()) {
      return null;
    }
    try (JsonParser p = JSON.createParser(line)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if ("key".equals(name)) {
          return p.getValueAsString();
        }
        p.skipChildren();
      }
      return null;
    } catch (IOException e) {
      // A line torn by a kill: that alert may go out once more, which beats never.
      LOG.warn("{}: skipped an unreadable line", FILE_NAME);
      return null;
    }
  }

  /** True when {@code key} was delivered already (in this run or an earlier one). */
  public synchronized boolean wasSent(AlertKey key) {
    return sent.contains(key.text());
  }

  /**
   * Claims {@code key} for delivery: false when it was delivered already or is being delivered, so
   * that exactly one caller sends it.
   */
  public synchronized boolean claim(AlertKey key) {
    String text = key.text();
    return !sent.contains(text) && claimed.add(text);
  }

  /** Gives up a claim after a failed delivery. */
  public synchronized void release(AlertKey key) {
    claimed.remove(key.text());
  }

  /** Records {@code key} as delivered at {@code at}, durably. */
  public synchronized void delivered(AlertKey key, Instant at) throws IOException {
    String text = key.text();
    StringWriter line = new StringWriter();
    try (JsonGenerator g = JSON.createGenerator(line)) {
      g.writeStartObject();
      g.writeStringField("key", text);
      g.writeStringField("sent", at.toString());
      g.writeEndObject();
    }
    line.write('\n');
    Files.writeString(
        file,
        line.toString(),
        StandardCharsets.UTF_8,
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    claimed.remove(text);
    sent.add(text);
  }
}
