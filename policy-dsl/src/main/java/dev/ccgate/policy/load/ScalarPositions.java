package dev.ccgate.policy.load;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a character offset inside a scalar's value back onto the file, so a CEL error in a {@code
 * when:} string points at the offending character: past the quote of a quoted scalar, onto the
 * right line of a {@code |} block. The value is re-decoded from the raw text; where that does not
 * reproduce the parser's value exactly (an exotic escape or fold), the scalar's start is used.
 */
final class ScalarPositions {
  private final SourceText source;

  ScalarPositions(SourceText source) {
    this.source = source;
  }

  /** The file position of character {@code offset} of {@code scalar}'s value. */
  Mark locate(YamlScalar scalar, int offset) {
    List<Mark> map =
        switch (scalar.style()) {
          case LITERAL, FOLDED -> block(scalar);
          case PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED -> flow(scalar);
        };
    if (map == null || map.isEmpty()) {
      return scalar.mark();
    }
    if (offset < map.size()) {
      return map.get(Math.max(0, offset));
    }
    Mark last = map.get(map.size() - 1);
    return new Mark(last.line(), last.column() + 1 + (offset - map.size()));
  }

  /** The file position of CEL's 1-based {@code line} and 0-based {@code column} in the value. */
  Mark locate(YamlScalar scalar, int line, int column) {
    String value = scalar.text();
    int offset = 0;
    for (int l = 1; l < line; l++) {
      int nl = value.indexOf('\n', offset);
      if (nl < 0) {
        break;
      }
      offset = nl + 1;
    }
    return locate(scalar, offset + Math.max(0, column));
  }

  /** Decodes a block scalar line by line; null when the result differs from the parser's value. */
  private List<Mark> block(YamlScalar scalar) {
    boolean folded = scalar.style() == YamlScalar.Style.FOLDED;
    int header = scalar.mark().line();
    int indent = -1;
    StringBuilder decoded = new StringBuilder();
    List<Mark> map = new ArrayList<>();
    boolean previousContent = false;
    int pendingBreaks = 0;
    for (int line = header + 1; line <= source.lineCount(); line++) {
      String raw = source.line(line);
      if (raw.isBlank()) {
        pendingBreaks++;
        continue;
      }
      int lead = leadingSpaces(raw);
      if (indent < 0) {
        indent = lead;
      }
      if (lead < indent) {
        break;
      }
      if (previousContent) {
        boolean moreIndented = lead > indent;
        if (folded && pendingBreaks == 0 && !moreIndented) {
          append(decoded, map, ' ', new Mark(line - 1, source.line(line - 1).length() + 1));
        } else {
          int breaks = folded && !moreIndented ? pendingBreaks : pendingBreaks + 1;
          for (int b = 0; b < breaks; b++) {
            append(decoded, map, '\n', new Mark(line, 1));
          }
        }
      } else {
        for (int b = 0; b < pendingBreaks; b++) {
          append(decoded, map, '\n', new Mark(line, 1));
        }
      }
      pendingBreaks = 0;
      for (int c = indent; c < raw.length(); c++) {
        append(decoded, map, raw.charAt(c), new Mark(line, c + 1));
      }
      previousContent = true;
    }
    return stripTrailingBreaks(decoded).equals(stripTrailingBreaks(scalar.text())) ? map : null;
  }

  /**
   * Walks a plain or quoted scalar's raw text next to its value, unescaping and unfolding; null
   * when the two cannot be aligned.
   */
  private List<Mark> flow(YamlScalar scalar) {
    String text = source.text();
    String value = scalar.text();
    char quote =
        switch (scalar.style()) {
          case DOUBLE_QUOTED -> '"';
          case SINGLE_QUOTED -> '\'';
          default -> 0;
        };
    int r = source.offsetOf(scalar.mark()) + (quote == 0 ? 0 : 1);
    List<Mark> map = new ArrayList<>();
    int i = 0;
    while (i < value.length()) {
      if (r >= text.length()) {
        return null;
      }
      char c = text.charAt(r);
      char want = value.charAt(i);
      if (quote == '"' && c == '\\') {
        int length = escapeLength(text, r);
        if (length < 0) {
          r = skipBreakAndIndent(text, r + 1);
          continue;
        }
        map.add(source.markAt(r));
        if (Character.isHighSurrogate(want) && i + 1 < value.length()) {
          map.add(source.markAt(r));
          i++;
        }
        i++;
        r += length;
      } else if (quote == '\'' && c == '\'' && want == '\'') {
        map.add(source.markAt(r));
        i++;
        r += 2;
      } else if (c == want && c != '\n' && c != '\r') {
        map.add(source.markAt(r));
        i++;
        r++;
      } else if (c == ' ' || c == '\t') {
        r++;
      } else if (c == '\n' || c == '\r') {
        // A fold: one break becomes a space, n breaks become n-1 newlines.
        int breaks = 0;
        while (r < text.length() && (text.charAt(r) == '\n' || text.charAt(r) == '\r')) {
          r = skipBreakAndIndent(text, r);
          breaks++;
        }
        char fold = breaks == 1 ? ' ' : '\n';
        for (int b = 0; b < Math.max(1, breaks - 1); b++) {
          if (i >= value.length() || value.charAt(i) != fold) {
            return null;
          }
          map.add(source.markAt(r));
          i++;
        }
      } else {
        return null;
      }
    }
    return map;
  }

  private static int escapeLength(String text, int backslash) {
    if (backslash + 1 >= text.length()) {
      return 1;
    }
    return switch (text.charAt(backslash + 1)) {
      case '\n', '\r' -> -1;
      case 'x' -> 4;
      case 'u' -> 6;
      case 'U' -> 10;
      default -> 2;
    };
  }

  /** Skips one line break at {@code r} (or the escaped break after a backslash) and the indent. */
  private static int skipBreakAndIndent(String text, int r) {
    if (r < text.length() && text.charAt(r) == '\r') {
      r++;
    }
    if (r < text.length() && text.charAt(r) == '\n') {
      r++;
    }
    while (r < text.length() && (text.charAt(r) == ' ' || text.charAt(r) == '\t')) {
      r++;
    }
    return r;
  }

  private static void append(StringBuilder decoded, List<Mark> map, char c, Mark at) {
    decoded.append(c);
    map.add(at);
  }

  private static int leadingSpaces(String line) {
    int n = 0;
    while (n < line.length() && line.charAt(n) == ' ') {
      n++;
    }
    return n;
  }

  private static String stripTrailingBreaks(CharSequence s) {
    int end = s.length();
    while (end > 0 && s.charAt(end - 1) == '\n') {
      end--;
    }
    return s.subSequence(0, end).toString();
  }
}
