package dev.ccgate.simulator.reader;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.util.Locale;

/** Reads scalar values the lenient way exports need: numbers may arrive as strings. */
final class JsonValues {
  private JsonValues() {}

  /** The current token as text, or null for JSON null; objects and arrays are an error. */
  static String text(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
      String field = p.currentName();
      p.skipChildren();
      throw new BadRecord("'" + field + "' is not a string");
    }
    return p.getText();
  }

  /** The current token as a boolean, or null for JSON null. */
  static Boolean bool(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_TRUE) {
      return Boolean.TRUE;
    }
    if (t == JsonToken.VALUE_FALSE) {
      return Boolean.FALSE;
    }
    if (t == JsonToken.VALUE_STRING) {
      return Boolean.parseBoolean(p.getText());
    }
    p.skipChildren();
    return null;
  }

  /** The current token as a token count (>= 0); null for JSON null; anything else an error. */
  static Long count(JsonParser p, String field) throws IOException {
    JsonToken t = p.currentToken();
    if (t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t == JsonToken.VALUE_NUMBER_INT) {
      return nonNegative(p.getLongValue(), field);
    }
    if (t == JsonToken.VALUE_STRING) {
      return parseCount(p.getText(), field);
    }
    p.skipChildren();
    throw new BadRecord(field + " is not an integer");
  }

  /** A token count from a tree node (number or numeric string); 0 when missing or null. */
  static long count(JsonNode n, String field) {
    if (n == null || n.isMissingNode() || n.isNull()) {
      return 0;
    }
    if (n.isIntegralNumber()) {
      return nonNegative(n.asLong(), field);
    }
    if (n.isTextual()) {
      return parseCount(n.asText(), field);
    }
    if (n.isNumber() && n.asDouble() == Math.rint(n.asDouble())) {
      return nonNegative(n.asLong(), field);
    }
    throw new BadRecord(field + " is not an integer");
  }

  /** A non-empty text value of a tree node, else null. */
  static String text(JsonNode n) {
    if (n == null || n.isMissingNode() || n.isNull() || n.isContainerNode()) {
      return null;
    }
    String s = n.asText();
    return s.isEmpty() ? null : s;
  }

  static long parseCount(String s, String field) {
    String v = s.trim();
    if (v.isEmpty()) {
      return 0;
    }
    try {
      return nonNegative(Long.parseLong(v), field);
    } catch (NumberFormatException e) {
      try {
        double d = Double.parseDouble(v);
        if (d == Math.rint(d)) {
          return nonNegative((long) d, field);
        }
      } catch (NumberFormatException ignored) {
        // reported below
      }
      throw new BadRecord(field + " is not an integer: '" + Timestamps.shorten(v) + "'");
    }
  }

  private static long nonNegative(long v, String field) {
    if (v < 0) {
      throw new BadRecord(field + " is negative");
    }
    return v;
  }

  /** {@code fast} or {@code standard} (OTel's {@code normal} included), null when absent. */
  static String speed(String s) {
    if (s == null || s.isEmpty()) {
      return null;
    }
    return "fast".equals(s.toLowerCase(Locale.ROOT)) ? "fast" : "standard";
  }

  /** Jackson's reason without the source excerpt it appends. */
  static String reason(JsonProcessingException e) {
    String m = e.getOriginalMessage();
    if (m == null) {
      return "unreadable";
    }
    int nl = m.indexOf('\n');
    return Timestamps.shorten(nl < 0 ? m : m.substring(0, nl));
  }
}
