package dev.ccgate.simulator.render;

import java.io.IOException;
import java.io.Writer;

/**
 * Word-wraps a line of text to a column budget: it breaks at spaces, continuation lines start with
 * an indent, and a word longer than the budget stays whole (nothing is ever cut).
 */
final class TextWrap {
  private TextWrap() {}

  /** Writes {@code prefix + text}, wrapped at {@code width}, continuing after {@code indent}. */
  static void write(Writer out, String prefix, String text, String indent, int width)
      throws IOException {
    StringBuilder line = new StringBuilder(prefix);
    int start = line.length();
    for (String word : text.split(" ", -1)) {
      if (line.length() > start && line.length() + 1 + word.length() > width) {
        out.write(line + "\n");
        line = new StringBuilder(indent);
        start = line.length();
      } else if (line.length() > start) {
        line.append(' ');
      }
      line.append(word);
    }
    out.write(line + "\n");
  }
}
