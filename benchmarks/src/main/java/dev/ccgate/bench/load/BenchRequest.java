package dev.ccgate.bench.load;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The request the harness sends: shaped like a Claude Code turn (system prompt, a short
 * conversation with a tool result, {@code metadata.user_id}, a thinking budget) and padded to a
 * chosen size, so that the proxy's body handling is measured on something realistic.
 */
final class BenchRequest {
  static final String MODEL = "claude-sonnet-4-5";

  private BenchRequest() {}

  /** A body of about {@code approxBytes} bytes (never under ~1 KB), streaming or not. */
  static byte[] body(int approxBytes, boolean stream) {
    String head =
        "{\"model\":\""
            + MODEL
            + "\",\"max_tokens\":32000,"
            + "\"thinking\":{\"type\":\"enabled\",\"budget_tokens\":4000},"
            + "\"system\":[{\"type\":\"text\",\"text\":\"You are Claude Code, Anthropic's official"
            + " CLI for Claude.\"},{\"type\":\"text\",\"text\":\"";
    String tail =
        "\",\"cache_control\":{\"type\":\"ephemeral\"}}],"
            + "\"messages\":[{\"role\":\"user\",\"content\":[{\"type\":\"text\",\"text\":"
            + "\"Run the tests and fix what fails.\"}]},"
            + "{\"role\":\"assistant\",\"content\":[{\"type\":\"tool_use\",\"id\":\"toolu_01\","
            + "\"name\":\"Bash\",\"input\":{\"command\":\"mvn -q verify\"}}]},"
            + "{\"role\":\"user\",\"content\":[{\"type\":\"tool_result\",\"tool_use_id\":"
            + "\"toolu_01\",\"content\":\"BUILD SUCCESS\"}]}],"
            + "\"metadata\":{\"user_id\":\"{\\\"device_id\\\":\\\"d0\\\",\\\"account_uuid\\\":"
            + "\\\"\\\",\\\"session_id\\\":\\\"5e55a1d0-0000-4000-8000-000000000001\\\"}\"},"
            + "\"stream\":"
            + stream
            + "}";
    StringBuilder pad = new StringBuilder();
    String line = "Follow the repository's style guide; prefer small focused changes. ";
    while (head.length() + pad.length() + tail.length() < approxBytes) {
      pad.append(line);
    }
    return (head + pad + tail).getBytes(StandardCharsets.UTF_8);
  }

  /** The virtual key of bench developer {@code i} (the keys file stores its hash). */
  static String virtualKey(int i) {
    return String.format(Locale.ROOT, "sk-ccgate-bench-%04d-0123456789abcdef", i);
  }

  /** Bench developer {@code i}'s name. */
  static String developer(int i) {
    return String.format(Locale.ROOT, "dev%04d@example.com", i);
  }
}
