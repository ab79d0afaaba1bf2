package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.gateway.identity.KeysFile;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    Path stderr = dir.resolve("stderr.txt");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder pb =
        new ProcessBuilder(
                List.of(
                    java,
                    "-cp",
                    System.getProperty("java.class.path"),
                    Main.class.getName(),
                    "serve",
                    "--policy",
                    policy.toString(),
                    "--keys",
                    keys.toString(),
                    "--state",
                    dir.resolve("state").toString(),
                    "--port",
                    "0",
                    "--upstream",
                    "http://127.0.0.1:9"))
            .redirectError(stderr.toFile());
    pb.environment().put("ANTHROPIC_API_KEY", "sk-ant-test");
    pb.environment().put("CCGATE_ADMIN_TOKEN", TOKEN);
    Process serve = pb.start();
    try {
      BufferedReader out =
          new BufferedReader(new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
      String line = out.readLine();
      Matcher m =
          Pattern.compile("ccgate serving (http://127\\.0\\.0\\.1:\\d+) -> .*")
              .matcher(String.valueOf(line));
      assertTrue(m.matches(), line + " / " + Files.readString(stderr));
      String url = m.group(1);

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
      new ProcessBuilder("kill", "-HUP", Long.toString(serve.pid())).start().waitFor();
      String reloaded = "";
      for (int i = 0; i < 100 && !reloaded.contains("$250.00"); i++) {
        Thread.sleep(50);
        reloaded = run(ExitCode.OK, status(url, TOKEN));
      }
      assertTrue(reloaded.contains("$250.00"), reloaded + Files.readString(stderr));
      assertTrue(Files.readString(stderr).contains("SIGHUP: policy reloaded"));

      serve.destroy();
      assertTrue(serve.waitFor(15, TimeUnit.SECONDS));
      assertTrue(!Files.readString(stderr).contains(TOKEN), "the token never reaches a log");
    } finally {
      serve.destroyForcibly();
    }
  }
}
