package dev.ccgate.simulator.reader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccgate.simulator.trace.RowSink;
import java.io.IOException;

/**
 * Walks the JSON records of a file that is either JSON lines (one document per line; a broken line
 * loses only itself) or one or more whole documents, possibly pretty-printed (a syntax error loses
 * the rest of the file, reported at its line). A top-level array yields its elements.
 */
final class JsonDocuments {
  /** Receives one record and the line it starts on; may throw {@link BadRecord}. */
  interface Handler {
    void record(long line, JsonNode record);
  }

  private final ObjectMapper mapper;

  JsonDocuments(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  /** Reads every record of {@code bytes}, rejecting broken ones into {@code sink}. */
  void read(byte[] bytes, RowSink sink, Handler handler) {
    boolean[] jsonLines = new boolean[] {true};
    boolean[] first = new boolean[] {true};
    long lines =
        Lines.forEach(
            bytes,
            (line, start, end) -> {
              if (first[0]) {
                first[0] = false;
                jsonLines[0] = isCompleteValue(bytes, start, end);
              }
            });
    sink.linesRead(lines);
    if (jsonLines[0]) {
      Lines.forEach(
          bytes,
          (line, start, end) -> {
            JsonNode node;
            try {
              node = mapper.readTree(bytes, start, end - start);
            } catch (JsonProcessingException e) {
              sink.reject(line, "malformed JSON: " + JsonValues.reason(e));
              return;
            } catch (IOException e) {
              sink.reject(line, "malformed JSON: " + e.getMessage());
              return;
            }
            dispatch(line, node, sink, handler);
          });
    } else {
      readWhole(bytes, sink, handler);
    }
  }

  private boolean isCompleteValue(byte[] bytes, int start, int end) {
    try (JsonParser p = mapper.getFactory().createParser(bytes, start, end - start)) {
      if (p.nextToken() == null) {
        return false;
      }
      p.skipChildren();
      return p.nextToken() == null;
    } catch (IOException e) {
      return false;
    }
  }

  private void readWhole(byte[] bytes, RowSink sink, Handler handler) {
    int offset = Lines.hasBom(bytes) ? 3 : 0;
    long line = 1;
    try (JsonParser p = mapper.getFactory().createParser(bytes, offset, bytes.length - offset)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        line = p.currentTokenLocation().getLineNr();
        if (t == JsonToken.START_ARRAY) {
          while (p.nextToken() != JsonToken.END_ARRAY) {
            line = p.currentTokenLocation().getLineNr();
            JsonNode element = p.readValueAsTree();
            dispatch(line, element, sink, handler);
          }
        } else {
          JsonNode doc = p.readValueAsTree();
          dispatch(line, doc, sink, handler);
        }
      }
    } catch (JsonProcessingException e) {
      long at = e.getLocation() == null ? line : e.getLocation().getLineNr();
      sink.reject(at, "malformed JSON, rest of file skipped: " + JsonValues.reason(e));
    } catch (IOException e) {
      sink.reject(line, "malformed JSON, rest of file skipped: " + e.getMessage());
    }
  }

  private static void dispatch(long line, JsonNode node, RowSink sink, Handler handler) {
    if (node != null && node.isArray()) {
      for (JsonNode element : node) {
        handleOne(line, element, sink, handler);
      }
    } else {
      handleOne(line, node, sink, handler);
    }
  }

  private static void handleOne(long line, JsonNode node, RowSink sink, Handler handler) {
    if (node == null || !node.isObject()) {
      sink.reject(line, "not a JSON object");
      return;
    }
    try {
      handler.record(line, node);
    } catch (BadRecord e) {
      sink.reject(line, e.getMessage());
    }
  }
}
