package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.gateway.identity.KeysFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine.ExitCode;

/**
 * {@code ccgate status} against a real {@code ccgate serve} process with an admin token; SIGHUP
 * reloads the policy file in that process.
 */
class StatusCommandTest {
  private static final String POLICY =
      """
      version: 1
      timezone: UTC
      teams:
        platform:
          budget: {daily: BUDGET}
          developers: [alice@example.com]
      """;
  private static final String TOKEN = "status-test-admin-token";

  @TempDir Path dir;

  private static String[] status(String url, String token) {
    return new String[] {"status", "--url", url, "--admin-token", token};
  }

  private static String run(int expected, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int code = Main.run(new PrintWriter(out), new PrintWriter(err), args);
    assertEquals(expected, code, out + " / " + err);
    return expected == ExitCode.OK ? out.toString() : err.toString();
  }

  @Test
  void printsTheWalletsOfARunningGatewayAndSighupReloadsItsPolicy() throws Exception {
    Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY.replace("BUDGET", "100"));
    Path keys = dir.resolve("keys.yaml");
    new KeysFile(Map.of())
        .add("alice@example.com", null, new java.security.SecureRandom())
        .file()
        .save(keys);
    try (ServeProcess serve =
        ServeProcess.offline(
            dir,
            policy,
            keys,
            Map.of("ANTHROPIC_API_KEY", "sk-ant-test", "CCGATE_ADMIN_TOKEN", TOKEN))) {
      String url = serve.uri().toString();

      String table = run(ExitCode.OK, status(url, TOKEN));
      List<String> lines = table.lines().toList();
      assertTrue(lines.get(0).matches("WALLET\\s+SPENT\\s+LIMIT\\s+%\\s+RESET \\(UTC\\)"), table);
      assertTrue(
          lines.stream()
              .anyMatch(
                  l ->
                      l.matches(
                          "team:platform:daily\\s+\\$0\\.00\\s+\\$100\\.00\\s+0\\.0%\\s+\\d{4}-\\d\\d-\\d\\dT00:00:00Z")),
          table);

      String refused = run(ExitCode.USAGE, status(url, "wrong-token"));
      assertTrue(refused.contains("answered 401 (wrong admin token)"), refused);

      Files.writeString(policy, POLICY.replace("BUDGET", "250"));
      new ProcessBuilder("kill", "-HUP", Long.toString(serve.process().pid())).start().waitFor();
      String reloaded = "";
      for (int i = 0; i < 100 && !reloaded.contains("$250.00"); i++) {
        Thread.sleep(50);
        reloaded = run(ExitCode.OK, status(url, TOKEN));
      }
      assertTrue(reloaded.contains("$250.00"), reloaded + Files.readString(serve.stderr()));
      assertTrue(Files.readString(serve.stderr()).contains("SIGHUP: policy reloaded"));

      serve.process().destroy();
      assertTrue(serve.process().waitFor(15, TimeUnit.SECONDS));
      assertTrue(
          !Files.readString(serve.stderr()).contains(TOKEN), "the token never reaches a log");
    }
  }
}
