package dev.ccgate.pricing;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Model-id normalisation (formats.md §5.4): strips what providers and Claude Code add around a
 * Claude model id, so that every form of one model maps to one {@link ModelKey}.
 *
 * <p>Handled: case; Bedrock ARNs (the part after the last {@code /}); LiteLLM-style provider
 * prefixes ({@code anthropic/}, {@code bedrock/}, {@code vertex_ai/}); Bedrock geography and {@code
 * anthropic.} prefixes; Bedrock {@code -v1:0}; Vertex {@code @20251101}; dated ids; Claude Code's
 * {@code [1m]} label; {@code -latest}; {@code -fast} (speed comes from usage, not the id); {@code
 * .} for {@code -}; and both naming schemes ({@code claude-opus-4-5}, {@code claude-3-7-sonnet}).
 */
public final class ModelIds {
  // Bedrock cross-region and global inference profiles prefix a geography (formats.md §5.4).
  private static final Pattern PROVIDER_PREFIX =
      Pattern.compile("^(?:(?:us|eu|apac|global|au|jp|ca|us-gov)\\.)?anthropic\\.");
  private static final Pattern SUFFIX =
      Pattern.compile("(?:\\[[^\\]]*]|-v\\d+(?::\\d+)?|:\\d+k?|-\\d{8}|-latest|-fast)$");
  private static final Pattern NEW_STYLE =
      Pattern.compile("^claude-([a-z]+)-(\\d+(?:-\\d{1,2})?)$");
  private static final Pattern OLD_STYLE =
      Pattern.compile("^claude-(\\d+(?:-\\d{1,2})?)-([a-z]+)$");

  private ModelIds() {}

  /**
   * {@code id} stripped to its bare form: {@code us.anthropic.claude-opus-4-5-20251101-v1:0} and
   * {@code claude-opus-4.5@20251101} both become {@code claude-opus-4-5}.
   */
  public static String normalise(String id) {
    String s = id.strip().toLowerCase(Locale.ROOT);
    // An ARN's resource part, or a LiteLLM provider path, ends in the model id.
    s = s.substring(s.lastIndexOf('/') + 1);
    s = PROVIDER_PREFIX.matcher(s).replaceFirst("");
    s = s.replace('@', '-');
    // Suffixes can stack (claude-opus-4-5-20251101-v1:0, claude-opus-4-6-fast[1m]).
    for (String before = null; !s.equals(before); ) {
      before = s;
      s = SUFFIX.matcher(s).replaceFirst("");
    }
    return s.replace('.', '-');
  }

  /** The family and generation {@code id} names, if it follows either Claude naming scheme. */
  public static Optional<ModelKey> parse(String id) {
    String s = normalise(id);
    Matcher m = NEW_STYLE.matcher(s);
    if (m.matches()) {
      return Optional.of(new ModelKey(m.group(1), generation(m.group(2))));
    }
    m = OLD_STYLE.matcher(s);
    if (m.matches()) {
      return Optional.of(new ModelKey(m.group(2), generation(m.group(1))));
    }
    return Optional.empty();
  }

  /**
   * A generation in its table form: {@code 4.5} becomes {@code 4-5}, and the {@code -0} of the
   * {@code claude-opus-4-0} alias is dropped ({@code 4}).
   */
  public static String generation(String generation) {
    String g = generation.strip().replace('.', '-');
    return g.endsWith("-0") ? g.substring(0, g.length() - 2) : g;
  }
}
