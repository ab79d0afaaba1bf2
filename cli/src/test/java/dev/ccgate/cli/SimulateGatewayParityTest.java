package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.gateway.FakeUpstream;
import dev.ccgate.gateway.Gateway;
import dev.ccgate.gateway.GatewayConfig;
import dev.ccgate.gateway.MutableClock;
import dev.ccgate.gateway.admin.AdminOptions;
import dev.ccgate.gateway.alert.AlertKey;
import dev.ccgate.gateway.alert.AlertOptions;
import dev.ccgate.gateway.alert.SentAlerts;
import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.gateway.wire.InvalidRequestException;
import dev.ccgate.gateway.wire.MessagesRequestParser;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PendingPolicy;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.simulator.SimulateService;
import dev.ccgate.simulator.generate.GenerateFormat;
import dev.ccgate.simulator.generate.GenerateOptions;
import dev.ccgate.simulator.generate.TrafficGenerator;
import dev.ccgate.simulator.load.LoadOptions;
import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.replay.CacheModel;
import dev.ccgate.simulator.simulate.AlertResult;
import dev.ccgate.simulator.simulate.SimulateQuery;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parity test: one generated trace replayed through the live gateway and through {@code
 * simulate} with the same policy yields the same decisions, request by request.
 *
 * <p>The trace is the generator's sample roster (twelve developers in three teams) over five days,
 * as CSV. {@code simulate --decisions} replays it first; its decision log gives the replay order
 * (time order, ties broken as the simulator breaks them). Then each request is sent, in that order,
 * to a real gateway on loopback whose clock the test sets to the request's trace time before
 * sending it. Each developer has a virtual key whose keys-file team is the trace's team (the
 * gateway's team hint, as the export's team is the simulator's; one developer is left out of the
 * policy so that the hint decides her team). The request carries the trace's session in {@code
 * X-Claude-Code-Session-Id} and its row number in a test header, by which the fake upstream answers
 * a stream reporting exactly the trace's usage for it (cache split, speed, geo, web searches).
 *
 * <p>Two inputs are lined up on purpose. <b>Prompt size:</b> the kernel sees {@code
 * request.input_tokens} (policy conditions, and whether a cheaper family is really cheaper for a
 * prompt that large); the simulator takes it from the logged prompt, the gateway estimates it from
 * the body. Each body is built so that the gateway's estimate is exactly the trace's prompt (base64
 * attachments, each counted as a fixed number of tokens, plus text padding), checked with the
 * gateway's own parser. {@code max_tokens} is left out, as no export records it (the simulator uses
 * 0), and every request streams, as Claude Code's do. <b>Cache projection:</b> the simulator by
 * default projects a moved request's cache reads onto the new model (SPEC §5), which the live
 * upstream does by itself and reports in its usage; a fake upstream replaying the trace cannot, so
 * the simulation runs with {@code --cache-model none}: both sides then price the logged usage on
 * the routed model, and any difference is the kernel's, not the cache model's.
 *
 * <p>Compared for every request: time, session, developer, team, models asked and used, action,
 * every reason (wallet, stage, percent), and cost; for requests that were sent upstream also the
 * usage and the cost as asked (a paused request reports zero usage live, the logged usage in a
 * replay). The alerts the simulation reports are exactly those the gateway delivered.
 */
class SimulateGatewayParityTest {
  private static final String POLICY =
      """
      version: 1
      timezone: America/New_York
      cascade: [opus, sonnet, haiku]
      stages:
        - {at: 50%, action: alert}
        - {at: 70%, action: downgrade, steps: 1}
        - {at: 100%, action: pause}
      org:
        budget: {weekly: 900}
      teams:
        platform:
          manager: {name: Dana Lee, alert: platform-em}
          budget: {daily: 6}
          developers: [alice@example.com, bob@example.com, dave@example.com,
                       erin@example.com, frank@example.com]
        data:
          manager: {name: Sam Ortiz, alert: data-em}
          budget: {daily: 200, weekly: 700}
          model_budgets:
            opus: {daily: 80}
          developers: [carol@example.com, grace@example.com, heidi@example.com, ivan@example.com]
        mobile:
          manager: {name: Priya Nair, alert: mobile-em}
          budget: {daily: 3}
          developers: [judy@example.com, mallory@example.com]
      developers:
        default_budget: {daily: 90}
        unknown: default-team
        default_team: mobile
      rules:
        - name: huge-prompts-to-sonnet
          when: "request.input_tokens > 500000"
          route_to: sonnet
      alerts:
        channels:
          platform-em: {type: log}
          data-em: {type: log}
          mobile-em: {type: log}
          finance: {type: log}
        fallback: finance
      """;
  private static final String ROW_HEADER = "x-ccgate-test-trace-row";
  private static final MessagesRequestParser PARSER = new MessagesRequestParser();

  @TempDir Path dir;

  /** One request of the generated CSV trace. */
  private record Row(
      Instant time,
      String developer,
      String team,
      String session,
      String requestId,
      String model,
      long input,
      long output,
      long write5m,
      long write1h,
      long read,
      String speed,
      String geo,
      long webSearches) {
    long prompt() {
      return input + write5m + write1h + read;
    }
  }

  @Test
  void aGeneratedTraceGetsTheSameDecisionsLiveAsInSimulate() throws Exception {
    Path traces = dir.resolve("traces");
    new TrafficGenerator()
        .generate(
            new GenerateOptions(
                traces, GenerateFormat.CSV, true, 1, 1, 5, 7, LocalDate.parse("2026-11-23"), 2));
    Map<String, Row> rows = readRows(traces);
    Policy policy = new PolicyLoader(Map.of()).parse(POLICY, "parity.yaml", null).orThrow();

    Path simulated = dir.resolve("simulated.jsonl");
    SimulateService.Result sim =
        new SimulateService()
            .simulate(
                new SimulateQuery(
                    LoadOptions.of(traces),
                    PendingPolicy.of(policy),
                    CacheModel.NONE,
                    null,
                    null,
                    List.of(),
                    List.of(),
                    null,
                    simulated,
                    () -> Progress.NONE));
    List<DecisionRecord> expected = read(List.of(simulated));
    assertEquals(rows.size(), expected.size(), "simulate decided every row once");

    Path state = dir.resolve("state");
    List<DecisionRecord> live;
    try (FakeUpstream upstream = new FakeUpstream()) {
      List<Row> order = new ArrayList<>();
      for (DecisionRecord e : expected) {
        order.add(rows.get(e.requestId()));
      }
      upstream.script(x -> answerWithTraceUsage(x, order));
      MutableClock clock = new MutableClock(order.get(0).time());
      Map<String, String> keys = new HashMap<>();
      KeysFile keysFile = keysFor(rows.values(), keys);
      GatewayConfig config =
          GatewayConfig.defaults(state, "sk-ant-parity-upstream")
              .withListen("127.0.0.1", 0)
              .withUpstream(upstream.uri())
              .withStopTimeout(Duration.ZERO)
              .withClock(clock);
      try (Gateway gateway =
          Gateway.start(
              policy,
              keysFile,
              config,
              AlertOptions.defaults().withEnv(Map.of()),
              AdminOptions.NONE)) {
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        for (int i = 0; i < order.size(); i++) {
          Row r = order.get(i);
          clock.set(r.time());
          HttpResponse<String> response = send(http, gateway.uri(), keys.get(r.developer()), r, i);
          int status = response.statusCode();
          assertTrue(status == 200 || status == 429, "row " + i + ": " + status);
        }
        List<AlertResult> alerts =
            sim.report().alerts().stream().filter(a -> a.channel() != null).toList();
        awaitAlerts(gateway, alerts.size());
        SentAlerts sent = SentAlerts.load(state);
        PeriodCalendar calendar = new PeriodCalendar(policy.timezone());
        for (AlertResult a : alerts) {
          AlertKey key =
              new AlertKey(
                  a.wallet(),
                  calendar.start(periodOf(a.wallet()), a.time()),
                  a.atBasisPoints(),
                  a.stage());
          assertTrue(sent.wasSent(key), "the gateway delivered " + key.text());
        }
        assertEquals(alerts.size(), gateway.alerts().delivered(), "and no other alert");
      }
    }
    live = read(decisionFiles(state));

    assertEquals(expected.size(), live.size());
    Map<Action, Integer> actions = new EnumMap<>(Action.class);
    for (int i = 0; i < expected.size(); i++) {
      DecisionRecord e = expected.get(i);
      DecisionRecord g = live.get(i);
      String at = "request " + i + " (" + e.requestId() + ")";
      assertEquals(e.time(), g.time(), at);
      assertEquals(e.sessionId(), g.sessionId(), at);
      assertEquals(e.developer(), g.developer(), at);
      assertEquals(e.team(), g.team(), at);
      assertEquals(e.originalModel(), g.originalModel(), at);
      assertEquals(e.action(), g.action(), at);
      assertEquals(e.routedModel(), g.routedModel(), at);
      assertEquals(e.reasons(), g.reasons(), at);
      assertEquals(e.costMicros(), g.costMicros(), at);
      if (!e.action().refuses()) {
        assertEquals(e.usage(), g.usage(), at);
        assertEquals(e.originalCostMicros(), g.originalCostMicros(), at);
      }
      actions.merge(g.action(), 1, Integer::sum);
    }
    // The policy is tight enough that every kind of decision is exercised.
    for (Action a : List.of(Action.ALLOW, Action.DOWNGRADE, Action.ROUTE, Action.PAUSE)) {
      assertTrue(actions.getOrDefault(a, 0) > 0, a + " happened: " + actions);
    }
    assertTrue(sim.report().alerts().size() > 3, "alerts happened");
  }

  /** Answers a stream reporting the usage of the trace row named in the test header. */
  private static void answerWithTraceUsage(FakeUpstream.Exchange x, List<Row> order)
      throws Exception {
    Row r = order.get(Integer.parseInt(x.received().headers().get(ROW_HEADER)));
    String model = x.received().model();
    String start =
        "{\"type\":\"message_start\",\"message\":{\"id\":\"msg_parity\",\"type\":\"message\","
            + "\"role\":\"assistant\",\"model\":\""
            + model
            + "\",\"content\":[],\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{"
            + "\"input_tokens\":"
            + r.input()
            + ",\"cache_creation_input_tokens\":"
            + (r.write5m() + r.write1h())
            + ",\"cache_read_input_tokens\":"
            + r.read()
            + ",\"cache_creation\":{\"ephemeral_5m_input_tokens\":"
            + r.write5m()
            + ",\"ephemeral_1h_input_tokens\":"
            + r.write1h()
            + "},\"output_tokens\":1,\"server_tool_use\":{\"web_search_requests\":"
            + r.webSearches()
            + "},\"service_tier\":\"standard\",\"speed\":\""
            + r.speed()
            + "\""
            + (r.geo().isEmpty() ? "" : ",\"inference_geo\":\"" + r.geo() + "\"")
            + "}}}";
    x.sseHeaders();
    x.send(FakeUpstream.event("message_start", start));
    x.send(FakeUpstream.textDelta("OK"));
    x.send(
        FakeUpstream.event(
            "message_delta",
            "{\"type\":\"message_delta\",\"delta\":{\"stop_reason\":\"end_turn\","
                + "\"stop_sequence\":null},\"usage\":{\"output_tokens\":"
                + r.output()
                + "}}"));
    x.send(FakeUpstream.event("message_stop", "{\"type\":\"message_stop\"}"));
    x.end();
  }

  private static HttpResponse<String> send(HttpClient http, URI base, String key, Row r, int row)
      throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(base.resolve("/v1/messages?beta=true"))
            .timeout(Duration.ofSeconds(30))
            .header("content-type", "application/json")
            .header("anthropic-version", "2023-06-01")
            .header("x-api-key", key)
            .header("x-claude-code-session-id", r.session())
            .header(ROW_HEADER, Integer.toString(row))
            .POST(HttpRequest.BodyPublishers.ofByteArray(body(r)))
            .build();
    return http.send(request, HttpResponse.BodyHandlers.ofString());
  }

  /**
   * A streaming body for {@code r}'s model whose prompt-size estimate, by the gateway's own parser,
   * is exactly the trace's prompt: attachments carry most of it cheaply, text padding the rest.
   */
  static byte[] body(Row r) throws InvalidRequestException {
    long prompt = r.prompt();
    // An image block counts a fixed number of tokens plus its own bytes / 4 (~20); stay below.
    int images = (int) Math.max(0, (prompt - 64) / 1_650);
    StringBuilder blocks = new StringBuilder();
    for (int i = 0; i < images; i++) {
      blocks.append(
          "{\"type\":\"image\",\"source\":{\"type\":\"base64\",\"media_type\":\"image/png\","
              + "\"data\":\"QQ==\"}},");
    }
    int padding = 0;
    for (int attempt = 0; attempt < 4; attempt++) {
      byte[] body = body(r.model(), blocks, padding);
      long estimate = PARSER.parse(body).estimatedInputTokens();
      if (estimate == prompt) {
        return body;
      }
      padding += (int) ((prompt - estimate) * 4);
      if (padding < 0) {
        break;
      }
    }
    throw new AssertionError("cannot size a body to " + prompt + " estimated tokens");
  }

  private static byte[] body(String model, CharSequence blocks, int padding) {
    return ("{\"model\":\""
            + model
            + "\",\"stream\":true,\"messages\":[{\"role\":\"user\",\"content\":["
            + blocks
            + "{\"type\":\"text\",\"text\":\"hi"
            + "x".repeat(padding)
            + "\"}]}]}")
        .getBytes(StandardCharsets.UTF_8);
  }

  private static KeysFile keysFor(Iterable<Row> rows, Map<String, String> keys) {
    KeysFile file = new KeysFile(Map.of());
    SecureRandom random = new SecureRandom();
    for (Row r : rows) {
      if (!keys.containsKey(r.developer())) {
        KeysFile.NewKey k = file.add(r.developer(), r.team(), random);
        keys.put(r.developer(), k.key());
        file = k.file();
      }
    }
    return file;
  }

  private static void awaitAlerts(Gateway gateway, int n) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (gateway.alerts().delivered() + gateway.alerts().failed() < n
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
  }

  private static dev.ccgate.policy.Period periodOf(String wallet) {
    String p = wallet.substring(wallet.lastIndexOf(':') + 1);
    return dev.ccgate.policy.Period.valueOf(p.toUpperCase(java.util.Locale.ROOT));
  }

  /** The generated CSV rows by request id. */
  private static Map<String, Row> readRows(Path traces) throws IOException {
    Map<String, Row> rows = new HashMap<>();
    try (Stream<Path> files = Files.list(traces)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".csv")).toList()) {
        List<String> lines = Files.readAllLines(f);
        for (String line : lines.subList(1, lines.size())) {
          String[] c = line.split(",", -1);
          Row r =
              new Row(
                  Instant.parse(c[0]),
                  c[1],
                  c[2],
                  c[3],
                  c[4],
                  c[6],
                  Long.parseLong(c[7]),
                  Long.parseLong(c[8]),
                  Long.parseLong(c[9]),
                  Long.parseLong(c[10]),
                  Long.parseLong(c[11]),
                  c[12],
                  c[13],
                  Long.parseLong(c[14]));
          assertEquals(null, rows.put(r.requestId(), r), "request ids are unique");
        }
      }
    }
    return rows;
  }

  private static List<Path> decisionFiles(Path state) throws IOException {
    try (Stream<Path> files = Files.list(state)) {
      return files
          .filter(p -> p.getFileName().toString().startsWith("decisions-"))
          .sorted()
          .toList();
    }
  }

  private static List<DecisionRecord> read(List<Path> files) throws IOException {
    List<DecisionRecord> out = new ArrayList<>();
    for (Path f : files) {
      for (String line : Files.readAllLines(f)) {
        out.add(DecisionLogCodec.read(line));
      }
    }
    return out;
  }
}
