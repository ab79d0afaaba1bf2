package dev.ccgate.gateway.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.anthropic.errors.RateLimitException;
import com.anthropic.models.messages.MessageCreateParams;
import dev.ccgate.gateway.FakeUpstream.Tokens;
import dev.ccgate.gateway.GatewayHarness;
import dev.ccgate.gateway.TestPolicies;
import dev.ccgate.kernel.Action;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A restart on the same state directory never forgets spend. */
class RestartTest {
  private static final WalletId TEAM_DAY = WalletId.team("platform", Period.DAILY);

  @TempDir Path state;

  private static MessageCreateParams params() {
    return MessageCreateParams.builder()
        .model("claude-opus-4-5")
        .maxTokens(1024)
        .addUserMessage("hi")
        .build();
  }

  @Test
  void spendSurvivesStopAndStartAndAPausedWalletStaysPaused() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter("1", false))) {
      h.upstream.tokens(new Tokens(1111, 222, 2000, 3333, 50_000));
      h.sdk(h.aliceKey).messages().create(params());
      long before = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      assertTrue(before > 1_100_000, "past the 110% pause stage of $1: " + before);

      h.restart();
      assertEquals(1, h.gateway().replayed().records());
      assertEquals(before, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
      var client = h.sdk(h.bobKey);
      org.junit.jupiter.api.Assertions.assertThrows(
          RateLimitException.class, () -> client.messages().create(params()));
      assertEquals(Action.PAUSE, h.awaitDecisions(2).get(1).action());
      assertEquals(1, h.upstream.received().size());
    }
  }

  @Test
  void aLineTornByAKillIsSkippedAndCountedWithoutLosingSettledSpend() throws Exception {
    try (GatewayHarness h = GatewayHarness.start(state, TestPolicies.starter())) {
      var client = h.sdk(h.aliceKey);
      client.messages().create(params());
      client.messages().create(params());
      long settled = h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW);
      Path today = DecisionLog.fileFor(state, LocalDate.parse("2026-11-24"));
      h.gateway().close(); // what is left of the process after a kill -9 mid-write:
      Files.writeString(
          today,
          "{\"time\":\"2026-11-24T15:00:00Z\",\"request_id\":\"req_",
          StandardCharsets.UTF_8,
          StandardOpenOption.APPEND);

      h.restart();
      client = h.sdk(h.aliceKey); // the new gateway listens on a new port
      ReplayReport replayed = h.gateway().replayed();
      assertEquals(2, replayed.records());
      assertEquals(1, replayed.torn());
      assertEquals(settled, h.gateway().ledger().spentAt(TEAM_DAY, GatewayHarness.NOW));
      client.messages().create(params());
      assertEquals(3, h.awaitDecisions(3).size(), "the next line starts clean");
    }
  }
}
