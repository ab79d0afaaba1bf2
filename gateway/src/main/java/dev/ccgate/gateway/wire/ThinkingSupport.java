package dev.ccgate.gateway.wire;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Which {@code thinking} types a model accepts (anthropic-api.md §9): Claude 3 Opus, 3 Haiku and
 * 3.5 Haiku have no extended thinking; 3.7 Sonnet through 4.5 take only {@code enabled} (with
 * {@code budget_tokens}); 4.6 takes both; 4.7 and newer reject {@code enabled} and want {@code
 * adaptive}.
 */
public enum ThinkingSupport {
  /** No extended thinking: the request must not carry a {@code thinking} object. */
  NONE,
  /** Only {@code {"type":"enabled","budget_tokens":N}}. */
  ENABLED_ONLY,
  /** Both {@code enabled} and {@code adaptive}. */
  BOTH,
  /** Only {@code {"type":"adaptive"}}. */
  ADAPTIVE_ONLY;

  private static final Pattern SEPARATOR = Pattern.compile("[-.]");

  /**
   * The support of a model of {@code generation} (the price table's form: {@code 4-5}, {@code 5},
   * {@code 5-5}); {@link #BOTH} when it cannot be read, so nothing is rewritten blindly.
   */
  public static ThinkingSupport ofGeneration(String generation) {
    String[] parts = SEPARATOR.split(generation.toLowerCase(Locale.ROOT), -1);
    int major;
    int minor;
    try {
      major = Integer.parseInt(parts[0]);
      minor = parts.length > 1 ? Integer.parseInt(parts[1]) : 0;
    } catch (NumberFormatException e) {
      return BOTH;
    }
    int version = major * 100 + Math.min(minor, 99);
    if (version < 307) {
      return NONE; // extended thinking arrived with Claude 3.7 Sonnet
    }
    if (version <= 405) {
      return ENABLED_ONLY;
    }
    return version == 406 ? BOTH : ADAPTIVE_ONLY;
  }
}
