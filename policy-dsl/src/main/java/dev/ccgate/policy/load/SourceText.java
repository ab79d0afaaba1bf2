package dev.ccgate.policy.load;

import java.util.ArrayList;
import java.util.List;

/** A policy file's text with its line starts, to turn character offsets into line and column. */
final class SourceText {
  private final String text;
  private final int[] lineStarts;

  SourceText(String text) {
    this.text = text;
    List<Integer> starts = new ArrayList<>();
    starts.add(0);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      // YAML line breaks: \n, \r\n and a lone \r.
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        starts.add(i + 1);
      }
    }
    this.lineStarts = starts.stream().mapToInt(Integer::intValue).toArray();
  }

  String text() {
    return text;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** The 1-based position of character {@code offset}. */
  Mark markAt(int offset) {
    int lo = 0;
    int hi = lineStarts.length - 1;
    while (lo < hi) {
      int mid = (lo + hi + 1) >>> 1;
      if (lineStarts[mid] <= offset) {
        lo = mid;
      } else {
        hi = mid - 1;
      }
    }
    return new Mark(lo + 1, offset - lineStarts[lo] + 1);
  }

  /** The character offset of a 1-based position. */
  int offsetOf(Mark mark) {
    return lineStarts[Math.min(mark.line(), lineStarts.length) - 1] + mark.column() - 1;
  }

  /** The text of 1-based line {@code line} without its line break, or "" past the end. */
  String line(int line) {
    if (line < 1 || line > lineStarts.length) {
      return "";
    }
    int start = lineStarts[line - 1];
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    while (end > start && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return text.substring(start, end);
  }
}
