package dev.ccgate.policy.load;

import java.util.Locale;
import java.util.Objects;

/**
 * A scalar with its text as written (after YAML unescaping), how the parser typed it, and how it
 * was quoted (which maps offsets inside the text back onto the file).
 */
public record YamlScalar(String text, Kind kind, Style style, Mark mark) implements YamlNode {

  /** How the YAML parser typed a plain scalar; quoted scalars are always {@link #STRING}. */
  public enum Kind {
    STRING,
    INT,
    FLOAT,
    BOOL,
    NULL
  }

  /** How the scalar was written, told by the character at its start. */
  public enum Style {
    PLAIN,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL,
    FOLDED
  }

  /** Validates the scalar. */
  public YamlScalar {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(style, "style");
    Objects.requireNonNull(mark, "mark");
  }

  /** True for {@code null}, {@code ~} or an empty value. */
  public boolean isNull() {
    return kind == Kind.NULL;
  }

  /** True for a number the parser recognised (not a quoted one). */
  public boolean isNumber() {
    return kind == Kind.INT || kind == Kind.FLOAT;
  }

  @Override
  public String describe() {
    return switch (kind) {
      case STRING -> "text '" + text + "'";
      case INT, FLOAT -> "the number " + text;
      case BOOL -> "the boolean " + text.toLowerCase(Locale.ROOT);
      case NULL -> "nothing (null)";
    };
  }
}
