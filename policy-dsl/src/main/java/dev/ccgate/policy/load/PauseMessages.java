package dev.ccgate.policy.load;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Checks the placeholders of {@code pause.message}: a misspelt one would be shown verbatim. */
final class PauseMessages {
  /** The placeholders the gateway fills in. */
  static final List<String> PLACEHOLDERS =
      List.of("scope", "name", "percent", "limit", "period", "reset_local", "manager");

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([^{}]*)}");

  private PauseMessages() {}

  static void check(String message, Mark at, Problems problems) {
    Matcher m = PLACEHOLDER.matcher(message);
    while (m.find()) {
      String name = m.group(1);
      if (!PLACEHOLDERS.contains(name)) {
        problems.warning(
            "unknown-placeholder",
            at,
            "pause.message has '{" + name + "}', which is not a placeholder and is shown as is",
            Suggestions.closest(name, PLACEHOLDERS) != null
                ? "did you mean '{" + Suggestions.closest(name, PLACEHOLDERS) + "}'?"
                : "placeholders: {" + String.join("} {", PLACEHOLDERS) + "}");
      }
    }
  }
}
