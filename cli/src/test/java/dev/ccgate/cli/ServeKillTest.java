package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.FakeUpstream;
import dev.ccgate.gateway.admin.AdminClient;
import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.pricing.PriceTable;
import dev.ccgate.pricing.PriceTables;
import dev.ccgate.pricing.Speed;
import dev.ccgate.pricing.Usage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ccgate serve} killed with SIGKILL in the middle of concurrent streaming traffic loses no
 * settled spend: every request whose response a client received in full is in the decision log and
 * in the wallets the restarted process rebuilds, a torn last line is counted and skipped, and the
 * restarted gateway serves again.
 */
class ServeKillTest {
  private static final String POLICY =
      """
      version: 1
      timezone: UTC
      org:
        budget: {monthly: 1000000}
      teams:
        platform:
          budget: {monthly: 1000000}
          developers: [dev1@example.com, dev2@example.com, dev3@example.com, dev4@example.com]
      """;
  private static final String MODEL = "claude-sonnet-4-5";
  private static final String ADMIN_TOKEN = "kill-test-admin-token-0123456789";
  private static final int CLIENTS = 8;
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private final List<ServeProcess> started = new ArrayList<>();

  @Test
  void aKillMidTrafficLosesNoSettledSpendAndTheRestartServesAgain() throws Exception {
    // The gateway runs on the real clock and the wallets checked are monthly: a run that crossed
    // into a new month (UTC) would see them reset. A run takes well under two minutes.
    java.time.ZonedDateTime now = java.time.ZonedDateTime.now(java.time.ZoneOffset.UTC);
    org.junit.jupiter.api.Assumptions.assumeTrue(
        java.time.YearMonth.from(now).equals(java.time.YearMonth.from(now.plusMinutes(2))),
        "too close to the end of the month for a monthly wallet");
    Path policy = Files.writeString(dir.resolve("policy.yaml"), POLICY);
    KeysFile file = new KeysFile(Map.of());
    List<String> keys = new ArrayList<>();
    for (int i = 1; i <= 4; i++) {
      KeysFile.NewKey k = file.add("dev" + i + "@example.com", null, new SecureRandom());
      keys.add(k.key());
      file = k.file();
    }
    Path keysFile = dir.resolve("keys.yaml");
    file.save(keysFile);
    Path state = dir.resolve("state");

    try (FakeUpstream upstream = new FakeUpstream()) {
      // A stream of a few events with pauses between them keeps requests in flight at the kill.
      upstream.script(
          x -> {
            x.sseHeaders();
            for (String event : FakeUpstream.standardEvents(MODEL, FakeUpstream.Tokens.DEFAULT)) {
              x.send(event);
              Thread.sleep(15);
            }
            x.end();
          });

      ServeProcess first = serve(policy, keysFile, state, upstream.uri(), "first");
      ConcurrentLinkedQueue<String> settled = new ConcurrentLinkedQueue<>();
      AtomicBoolean stop = new AtomicBoolean();
      AtomicInteger cut = new AtomicInteger();
      List<Thread> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        String key = keys.get(c % keys.size());
        Thread t =
            new Thread(
                () -> {
                  HttpClient http = client();
                  while (!stop.get()) {
                    try {
                      HttpResponse<String> r = http.send(message(first.uri(), key), ofString());
                      if (r.statusCode() == 200 && r.body().contains("message_stop")) {
                        settled.add(r.headers().firstValue("x-ccgate-request-id").orElseThrow());
                      }
                    } catch (IOException e) {
                      cut.incrementAndGet(); // the kill cut it short: never seen to settle
                    } catch (InterruptedException e) {
                      return;
                    }
                  }
                },
                "kill-test-client-" + c);
        t.start();
        clients.add(t);
      }
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (settled.size() < 40 && System.nanoTime() < deadline) {
        Thread.sleep(10);
      }
      first.process().destroyForcibly(); // SIGKILL on Linux, with requests in flight
      assertTrue(first.process().waitFor(15, TimeUnit.SECONDS));
      stop.set(true);
      for (Thread t : clients) {
        t.join(30_000);
      }
      assertTrue(settled.size() >= 40, "traffic flowed before the kill: " + settled.size());
      assertTrue(cut.get() > 0, "requests were in flight at the kill");

      List<DecisionRecord> logged = decisions(state);
      Set<String> loggedIds = new HashSet<>();
      logged.forEach(r -> loggedIds.add(r.requestId()));
      for (String id : settled) {
        assertTrue(loggedIds.contains(id), "a request its client saw settle is logged: " + id);
      }
      long loggedCost = logged.stream().mapToLong(DecisionRecord::costMicros).sum();
      long perRequest = cost(FakeUpstream.Tokens.DEFAULT);
      assertTrue(loggedCost >= settled.size() * perRequest);

      // What a kill in the middle of a write leaves behind: a last line without its newline.
      Path today;
      try (Stream<Path> files = Files.list(state)) {
        today =
            files
                .filter(p -> p.getFileName().toString().startsWith("decisions-"))
                .max(Path::compareTo)
                .orElseThrow();
      }
      Files.writeString(
          today,
          "{\"time\":\"" + Instant.now() + "\",\"request_id\":\"req_cc",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);

      ServeProcess second = serve(policy, keysFile, state, upstream.uri(), "second");
      try {
        assertEquals(logged.size(), second.restored(), "every complete line is restored");
        String stderr = Files.readString(second.stderr());
        assertTrue(stderr.contains("skipped 1 torn and 0 malformed lines"), stderr);
        assertEquals(
            loggedCost, orgSpent(second.uri()), "the wallets hold exactly the logged spend");

        HttpResponse<String> again = client().send(message(second.uri(), keys.get(0)), ofString());
        assertEquals(200, again.statusCode(), again.body());
        assertTrue(again.body().contains("message_stop"));
        assertEquals(loggedCost + perRequest, orgSpent(second.uri()));
        second.process().destroy();
        assertTrue(second.process().waitFor(15, TimeUnit.SECONDS));
      } finally {
        second.close(); // never leaves a gateway behind, and never hides the first failure
      }
      assertEquals(logged.size() + 1, decisions(state).size(), "the torn tail was cut, cleanly");
    }
  }

  /** Kills any gateway a failed assertion left running (the first one is only killed mid-test). */
  @AfterEach
  void killLeftovers() {
    started.forEach(ServeProcess::close);
  }

  private ServeProcess serve(Path policy, Path keys, Path state, URI upstream, String name)
      throws IOException {
    ServeProcess p =
        ServeProcess.start(
            policy,
            keys,
            state,
            upstream.toString(),
            dir.resolve(name + "-stderr.txt"),
            Map.of(
                "ANTHROPIC_API_KEY",
                "sk-ant-kill-test-upstream",
                "CCGATE_ADMIN_TOKEN",
                ADMIN_TOKEN));
    started.add(p);
    return p;
  }

  private static HttpClient client() {
    return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  }

  private static HttpResponse.BodyHandler<String> ofString() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static HttpRequest message(URI base, String key) {
    return HttpRequest.newBuilder(base.resolve("/v1/messages?beta=true"))
        .timeout(Duration.ofSeconds(20))
        .header("content-type", "application/json")
        .header("x-api-key", key)
        .POST(
            HttpRequest.BodyPublishers.ofString(
                "{\"model\":\""
                    + MODEL
                    + "\",\"max_tokens\":1024,\"stream\":true,"
                    + "\"messages\":[{\"role\":\"user\",\"content\":\"hi\"}]}"))
        .build();
  }

  /** The list price of one standard answer, priced here independently of the gateway. */
  private static long cost(FakeUpstream.Tokens t) {
    PriceTable prices = PriceTables.builtin();
    Usage usage =
        new Usage(t.input(), t.output(), t.write5m(), t.write1h(), t.read(), Speed.STANDARD, "", 0);
    return prices.costMicros(prices.resolve(MODEL), usage, Instant.now());
  }

  private static long orgSpent(URI base) throws Exception {
    return new AdminClient(base, ADMIN_TOKEN)
        .wallets().stream()
            .filter(w -> w.id().equals("org:monthly"))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no org:monthly wallet"))
            .spentMicros();
  }

  /** Every complete line of the decision log; a last line without its newline is torn. */
  private static List<DecisionRecord> decisions(Path state) throws IOException {
    List<DecisionRecord> out = new ArrayList<>();
    try (Stream<Path> files = Files.list(state)) {
      for (Path f :
          files
              .filter(p -> p.getFileName().toString().startsWith("decisions-"))
              .sorted()
              .toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        int end = text.lastIndexOf('\n');
        for (String line : text.substring(0, end + 1).split("\n")) {
          if (!line.isEmpty()) {
            out.add(DecisionLogCodec.read(line));
          }
        }
      }
    }
    return out;
  }
}
