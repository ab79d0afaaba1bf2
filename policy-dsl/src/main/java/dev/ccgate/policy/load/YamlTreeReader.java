package dev.ccgate.policy.load;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.error.MarkedYAMLException;

/**
 * Builds the positioned {@link YamlNode} tree from Jackson's streaming YAML parser. Reports YAML
 * syntax errors (at snakeyaml's problem mark), duplicate keys and unknown aliases as problems;
 * resolves anchors, aliases and {@code <<} merge keys so the policy readers never see them.
 */
final class YamlTreeReader {
  private static final String MERGE_KEY = "<<";

  private final YAMLFactory factory = new YAMLFactory();
  private final Problems problems;
  private SourceText source;
  private final Map<String, YamlNode> anchors = new HashMap<>();

  YamlTreeReader(Problems problems) {
    this.problems = problems;
  }

  /** The root node of {@code source}, or null when it is empty or not valid YAML. */
  YamlNode read(SourceText source) {
    this.source = source;
    anchors.clear();
    try (JsonParser parser = factory.createParser(source.text())) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        return null;
      }
      YamlNode root = readValue((YAMLParser) parser, first);
      JsonToken extra = parser.nextToken();
      if (extra != null) {
        problems.error(
            "multiple-documents",
            markOf(parser.currentTokenLocation()),
            "a policy file holds one YAML document",
            "remove the '---' and everything after it, or split the file");
      }
      return root;
    } catch (JsonProcessingException e) {
      syntaxError(e);
      return null;
    } catch (IOException e) {
      // Reading from a String cannot fail with anything but a parse error.
      throw new UncheckedIOException(e);
    }
  }

  private YamlNode readValue(YAMLParser parser, JsonToken token) throws IOException {
    JsonLocation location = parser.currentTokenLocation();
    if (token == JsonToken.START_OBJECT) {
      String anchor = anchorOf(parser);
      return anchored(anchor, readMap(parser, markOf(location)));
    }
    if (token == JsonToken.START_ARRAY) {
      String anchor = anchorOf(parser);
      return anchored(anchor, readSeq(parser, markOf(location)));
    }
    int offset = (int) location.getCharOffset();
    if (parser.isCurrentAlias()) {
      YamlNode target = anchors.get(parser.getText());
      if (target == null) {
        problems.error(
            "unknown-alias",
            source.markAt(offset),
            "alias '*" + parser.getText() + "' names no anchor defined before it");
        return new YamlScalar("", YamlScalar.Kind.NULL, YamlScalar.Style.PLAIN, markOf(location));
      }
      return target;
    }
    return readScalar(parser, token, offset);
  }

  private YamlNode readScalar(YAMLParser parser, JsonToken token, int offset) throws IOException {
    // Jackson reports scalar anchors on no token, and the location includes "&name !tag": skip
    // the node properties by hand so the mark points at the scalar (its quote, or '|').
    String text = source.text();
    int at = offset;
    String anchor = null;
    while (at < text.length() && (text.charAt(at) == '&' || text.charAt(at) == '!')) {
      int end = at;
      while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
        end++;
      }
      if (text.charAt(at) == '&') {
        anchor = text.substring(at + 1, end);
      }
      at = end;
      while (at < text.length() && (text.charAt(at) == ' ' || text.charAt(at) == '\t')) {
        at++;
      }
    }
    YamlScalar.Style style = YamlScalar.Style.PLAIN;
    if (at < text.length()) {
      style =
          switch (text.charAt(at)) {
            case '"' -> YamlScalar.Style.DOUBLE_QUOTED;
            case '\'' -> YamlScalar.Style.SINGLE_QUOTED;
            case '|' -> YamlScalar.Style.LITERAL;
            case '>' -> YamlScalar.Style.FOLDED;
            default -> YamlScalar.Style.PLAIN;
          };
    }
    YamlScalar.Kind kind =
        switch (token) {
          case VALUE_NUMBER_INT -> YamlScalar.Kind.INT;
          case VALUE_NUMBER_FLOAT -> YamlScalar.Kind.FLOAT;
          case VALUE_TRUE, VALUE_FALSE -> YamlScalar.Kind.BOOL;
          case VALUE_NULL -> YamlScalar.Kind.NULL;
          default -> YamlScalar.Kind.STRING;
        };
    String value = kind == YamlScalar.Kind.NULL ? "" : parser.getText();
    return anchored(anchor, new YamlScalar(value, kind, style, source.markAt(at)));
  }

  private YamlMap readMap(YAMLParser parser, Mark start) throws IOException {
    // Slots keep the order of explicit keys and merged groups; explicit keys win over merged ones.
    Map<String, YamlMap.Entry> explicit = new LinkedHashMap<>();
    List<Object> slots = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_OBJECT) {
      String key = parser.currentName();
      Mark keyMark = markOf(parser.currentTokenLocation());
      YamlNode value = readValue(parser, parser.nextToken());
      if (MERGE_KEY.equals(key)) {
        slots.add(mergeSources(value, keyMark));
        continue;
      }
      YamlMap.Entry first = explicit.get(key);
      if (first != null) {
        problems.error(
            "duplicate-key",
            keyMark,
            "duplicate key '" + key + "' (first at line " + first.keyMark().line() + ")",
            "a later duplicate would silently win in most YAML tools: keep one");
        continue;
      }
      YamlMap.Entry entry = new YamlMap.Entry(key, keyMark, value);
      explicit.put(key, entry);
      slots.add(entry);
    }
    Map<String, YamlMap.Entry> entries = new LinkedHashMap<>();
    for (Object slot : slots) {
      if (slot instanceof YamlMap.Entry entry) {
        entries.put(entry.key(), entry);
      } else {
        for (YamlMap merged : castMaps(slot)) {
          for (YamlMap.Entry entry : merged.entries().values()) {
            if (!explicit.containsKey(entry.key())) {
              entries.putIfAbsent(entry.key(), entry);
            }
          }
        }
      }
    }
    return new YamlMap(entries, start);
  }

  @SuppressWarnings("unchecked")
  private static List<YamlMap> castMaps(Object slot) {
    return (List<YamlMap>) slot;
  }

  private List<YamlMap> mergeSources(YamlNode value, Mark keyMark) {
    List<YamlMap> maps = new ArrayList<>();
    if (value instanceof YamlMap map) {
      maps.add(map);
    } else if (value instanceof YamlSeq seq
        && seq.items().stream().allMatch(item -> item instanceof YamlMap)) {
      seq.items().forEach(item -> maps.add((YamlMap) item));
    } else {
      problems.error(
          "wrong-type", keyMark, "'<<' merges a map (or a list of maps) into this one", null);
    }
    return maps;
  }

  private YamlSeq readSeq(YAMLParser parser, Mark start) throws IOException {
    List<YamlNode> items = new ArrayList<>();
    JsonToken token;
    while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
      items.add(readValue(parser, token));
    }
    return new YamlSeq(items, start);
  }

  // Jackson reports a collection's YAML anchor as its object id.
  private static String anchorOf(YAMLParser parser) throws IOException {
    Object id = parser.getObjectId();
    return id == null ? null : id.toString();
  }

  private YamlNode anchored(String anchor, YamlNode node) {
    if (anchor != null) {
      anchors.put(anchor, node);
    }
    return node;
  }

  private Mark markOf(JsonLocation location) {
    return source.markAt((int) location.getCharOffset());
  }

  private void syntaxError(JsonProcessingException e) {
    Throwable cause = e.getCause();
    if (cause instanceof MarkedYAMLException marked && marked.getProblemMark() != null) {
      org.yaml.snakeyaml.error.Mark problemMark = marked.getProblemMark();
      String message = marked.getProblem();
      if (marked.getContext() != null && marked.getContextMark() != null) {
        org.yaml.snakeyaml.error.Mark context = marked.getContextMark();
        message +=
            " ("
                + marked.getContext()
                + " at line "
                + (context.getLine() + 1)
                + ", column "
                + (context.getColumn() + 1)
                + ")";
      }
      problems.error(
          "yaml-syntax",
          new Mark(problemMark.getLine() + 1, problemMark.getColumn() + 1),
          "YAML syntax: " + message.strip(),
          hintFor(message));
      return;
    }
    JsonLocation location = e.getLocation();
    problems.error(
        "yaml-syntax",
        location == null
            ? Mark.START
            : new Mark(Math.max(1, location.getLineNr()), Math.max(1, location.getColumnNr())),
        "YAML syntax: " + e.getOriginalMessage(),
        null);
  }

  private static String hintFor(String message) {
    if (message.contains("\\t(TAB)")) {
      return "indent with spaces; YAML forbids tabs";
    }
    if (message.contains("mapping values are not allowed")) {
      return "check the indentation of this line, or quote a value that contains ': '";
    }
    return null;
  }
}
