package dev.ccgate.pricing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;

/**
 * Reading price files as JSON trees: exact decimals (never {@code double}) and errors that name the
 * field's path.
 */
final class PriceJson {
  // Floats as BigDecimal: LiteLLM's 3.75e-06 must become exactly 3750 nano-dollars.
  private static final ObjectMapper MAPPER =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  private PriceJson() {}

  /** Parses {@code json}; a syntax error becomes one line naming {@code source}. */
  static JsonNode parse(byte[] json, String source) {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || !root.isObject()) {
        throw new IllegalArgumentException(source + ": expected a JSON object");
      }
      return root;
    } catch (JsonProcessingException e) {
      var at = e.getLocation();
      throw new IllegalArgumentException(
          source
              + ": not valid JSON"
              + (at == null ? "" : " at line " + at.getLineNr() + ", column " + at.getColumnNr())
              + ": "
              + e.getOriginalMessage().lines().findFirst().orElse(""),
          e);
    } catch (java.io.IOException e) {
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** Fails unless every field of {@code node} is in {@code allowed}. */
  static void onlyKeys(JsonNode node, Set<String> allowed, String path) {
    if (!node.isObject()) {
      throw new IllegalArgumentException(path + ": expected an object");
    }
    for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!allowed.contains(key)) {
        throw new IllegalArgumentException(
            path
                + ": unknown key '"
                + key
                + "' (known: "
                + String.join(", ", sorted(allowed))
                + ")");
      }
    }
  }

  /** A required string field. */
  static String text(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || !value.isTextual() || value.asText().isBlank()) {
      throw new IllegalArgumentException(path + "." + field + ": expected a non-empty string");
    }
    return value.asText();
  }

  /** An optional string field, or {@code fallback}. */
  static String text(JsonNode node, String field, String path, String fallback) {
    return node.hasNonNull(field) ? text(node, field, path) : fallback;
  }

  /** An optional ISO date field, or null. */
  static LocalDate date(JsonNode node, String field, String path) {
    if (!node.hasNonNull(field)) {
      return null;
    }
    String text = text(node, field, path);
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          path + "." + field + ": '" + text + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  /** A decimal written as a JSON number or a string ({@code "0.20"}), or null when absent. */
  static BigDecimal decimal(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    try {
      if (value.isNumber()) {
        return value.decimalValue();
      }
      if (value.isTextual()) {
        return new BigDecimal(value.asText().strip());
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new IllegalArgumentException(
        path + "." + field + ": expected a decimal number, got " + value);
  }

  /** An optional whole number field, or {@code fallback}. */
  static long whole(JsonNode node, String field, String path, long fallback) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return fallback;
    }
    if (!value.canConvertToExactIntegral() || value.asLong() < 0) {
      throw new IllegalArgumentException(
          path + "." + field + ": expected a whole number >= 0, got " + value);
    }
    return value.asLong();
  }

  /** The elements of an optional array field (empty when absent). */
  static List<JsonNode> array(JsonNode node, String field, String path) {
    JsonNode value = node.get(field);
    if (value == null || value.isNull()) {
      return List.of();
    }
    if (!value.isArray()) {
      throw new IllegalArgumentException(path + "." + field + ": expected an array");
    }
    List<JsonNode> out = new ArrayList<>();
    value.forEach(out::add);
    return out;
  }

  private static List<String> sorted(Set<String> keys) {
    return keys.stream().sorted().toList();
  }
}
