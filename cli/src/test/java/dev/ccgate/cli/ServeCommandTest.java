package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.gateway.shared.RedisProcess;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccgate serve} as a process: it prints its URL, serves, and stops on SIGTERM. */
class ServeCommandTest {
  private static final String POLICY =
      """
      version: 1
      timezone: UTC
      teams:
        platform:
          budget: {daily: 100}
          developers: [alice@example.com]
      """;
  private static final String UPSTREAM_KEY = "sk-ant-never-printed-0123456789";

  @TempDir Path dir;

  @Test
  void servesUntilSigtermPrintingOneLineWithItsUrl() throws Exception {
    Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY);
    Path keys = dir.resolve("keys.yaml");
    KeysFile.NewKey alice =
        new KeysFile(Map.of()).add("alice@example.com", null, new SecureRandom());
    alice.file().save(keys);
    try (ServeProcess serve =
        ServeProcess.offline(dir, policy, keys, Map.of("ANTHROPIC_API_KEY", UPSTREAM_KEY))) {
      URI base = serve.uri();

      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
      HttpResponse<String> health =
          http.send(
              HttpRequest.newBuilder(base.resolve("/healthz")).build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(200, health.statusCode());
      HttpResponse<String> noKey =
          http.send(
              HttpRequest.newBuilder(base.resolve("/v1/messages?beta=true"))
                  .POST(HttpRequest.BodyPublishers.ofString("{\"model\":\"claude-opus-4-5\"}"))
                  .build(),
              HttpResponse.BodyHandlers.ofString());
      assertEquals(401, noKey.statusCode());
      assertTrue(noKey.body().contains("\"authentication_error\""), noKey.body());

      serve.process().destroy(); // SIGTERM
      assertTrue(serve.process().waitFor(15, TimeUnit.SECONDS), "stops on SIGTERM");
      String log = Files.readString(serve.stderr());
      assertFalse(log.contains(UPSTREAM_KEY), "the upstream key never reaches a log");
      assertFalse(log.contains(alice.key()));
    }
  }

  @Test
  void theRedisUrlCanComeFromTheEnvironmentSoNoPasswordIsOnTheCommandLine() throws Exception {
    Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY);
    Path keys = dir.resolve("keys.yaml");
    new KeysFile(Map.of()).add("alice@example.com", null, new SecureRandom()).file().save(keys);
    try (RedisProcess redis = RedisProcess.start(dir);
        ServeProcess serve =
            ServeProcess.offline(
                dir,
                policy,
                keys,
                Map.of("ANTHROPIC_API_KEY", UPSTREAM_KEY, "CCGATE_REDIS_URL", redis.url()))) {
      HttpResponse<String> metrics =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(serve.uri().resolve("/metrics")).build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, metrics.statusCode());
      // These series exist only when the gateway shares its wallets through Redis.
      assertTrue(metrics.body().contains("\nccgate_redis_up 1"), metrics.body());
    }
  }

  @Test
  void aMissingPolicyFileIsAUsageError() {
    StringWriter err = new StringWriter();
    int code =
        Main.run(
            new PrintWriter(new StringWriter()),
            new PrintWriter(err),
            "serve",
            "--policy",
            dir.resolve("nope.yaml").toString(),
            "--keys",
            dir.resolve("keys.yaml").toString(),
            "--state",
            dir.toString());
    assertEquals(ExitCode.USAGE, code, err.toString());
    assertTrue(err.toString().contains("no such file"), err.toString());
  }
}
