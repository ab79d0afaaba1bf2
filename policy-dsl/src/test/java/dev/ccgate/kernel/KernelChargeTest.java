package dev.ccgate.kernel;

import static dev.ccgate.kernel.Fixtures.OPUS;
import static dev.ccgate.kernel.Fixtures.STARTER_STAGES;
import static dev.ccgate.kernel.Fixtures.daily;
import static dev.ccgate.kernel.Fixtures.opusDollars;
import static dev.ccgate.kernel.Fixtures.request;
import static dev.ccgate.kernel.Fixtures.teamPolicy;
import static dev.ccgate.kernel.Fixtures.usd;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Period;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link Kernel#charge}: replaying recorded costs rebuilds the ledger settle built. */
class KernelChargeTest {
  private static final Instant MORNING = Instant.parse("2026-11-24T15:00:00Z");
  private final Kernel kernel = new Kernel(teamPolicy(daily(100), STARTER_STAGES, List.of()));

  @Test
  void chargingRecordedCostsRebuildsTheSpendAndTheFiredStagesSettleLeft() {
    Ledger live = new Ledger();
    List<Settlement> settled = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      Instant at = MORNING.plusSeconds(60L * i);
      Decision d = kernel.decide(live, request("alice@example.com", OPUS, at));
      settled.add(kernel.settle(live, d, opusDollars(25), at));
    }

    Ledger rebuilt = new Ledger();
    for (int i = 0; i < settled.size(); i++) {
      kernel.charge(
          rebuilt,
          "alice@example.com",
          "platform",
          "opus",
          settled.get(i).costMicros(),
          MORNING.plusSeconds(60L * i),
          "req-" + i);
    }

    WalletId team = WalletId.team("platform", Period.DAILY);
    Instant later = MORNING.plusSeconds(3600);
    assertEquals(usd(100), rebuilt.spentAt(team, later));
    assertEquals(live.spentAt(team, later), rebuilt.spentAt(team, later));
    assertEquals(
        live.wallets().get(team).firedUpToBasisPoints(),
        rebuilt.wallets().get(team).firedUpToBasisPoints());
    // Stages fired during the rebuild do not fire again on the next live request.
    Decision next = kernel.decide(rebuilt, request("bob@example.com", OPUS, later));
    assertTrue(kernel.settle(rebuilt, next, opusDollars(1), later).crossings().isEmpty());
  }

  @Test
  void aRecordFromAnEarlierPeriodDoesNotCountToday() {
    Ledger ledger = new Ledger();
    kernel.charge(
        ledger, "alice@example.com", null, "opus", usd(90), MORNING.minusSeconds(86_400), "r1");
    kernel.charge(ledger, "alice@example.com", null, "opus", usd(5), MORNING, "r2");
    assertEquals(usd(5), ledger.spentAt(WalletId.team("platform", Period.DAILY), MORNING));
  }
}
