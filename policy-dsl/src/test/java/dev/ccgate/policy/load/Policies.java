package dev.ccgate.policy.load;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;

/** Test helpers: load policies from strings and resources with a fixed environment. */
final class Policies {
  /** The environment tests run with: the secrets the samples name, nothing else. */
  static final Map<String, String> ENV =
      Map.of(
          "SLACK_PLATFORM_WEBHOOK", "https://hooks.slack.com/services/T0/B0/x",
          "DATA_EM_WEBHOOK", "https://alerts.example.com/data",
          "OPS_WEBHOOK_URL", "https://ops.example.com/hook");

  private static final PolicyLoader LOADER = new PolicyLoader(ENV);

  private Policies() {}

  static PolicyLoader loader() {
    return LOADER;
  }

  static LoadResult parse(String yaml) {
    return LOADER.parse(yaml, "policy.yaml", null);
  }

  static LoadResult resource(String name) {
    try (InputStream in = Policies.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalArgumentException("no resource " + name);
      }
      return LOADER.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8), name, null);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The repository's sample-traces/policies directory. */
  static Path samples() {
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !dir.resolve("sample-traces").toFile().isDirectory()) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "sample-traces not found above " + Path.of("").toAbsolutePath());
    }
    return dir.resolve("sample-traces/policies");
  }
}
