package dev.ccgate.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Budget;
import dev.ccgate.policy.Manager;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Rule;
import dev.ccgate.policy.Team;
import dev.ccgate.policy.UnknownDeveloper;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;

/**
 * The kernel's invariants (SPEC section 9) over random event streams. Budgets are small and
 * requests close together so that streams regularly cross every stage, pause wallets and roll over
 * midnight; each property was checked to fail when its invariant is broken in the kernel.
 */
class KernelProperties {
  private static final Instant START = Instant.parse("2026-11-27T12:00:00Z");
  private static final List<String> DEVELOPERS =
      List.of("alice@example.com", "bob@example.com", "carol@example.com", "stranger@example.com");
  private static final List<String> MODELS =
      List.of(
          "claude-opus-4-5",
          "claude-opus-4-6",
          "claude-sonnet-4-5",
          "claude-haiku-4-5",
          "claude-opus-5-5",
          "claude-sonnet-4-5-20250929");

  /** One generated request: who, which model, how long after the previous one, what it used. */
  record Event(int developer, int model, long gapSeconds, Usage usage) {}

  private static final Policy POLICY = policy();

  private static Policy policy() {
    Team platform =
        new Team(
            "platform",
            new Manager("Dana Lee", "platform-em"),
            new Budget(Fixtures.usd(8), Fixtures.usd(30), 0),
            Map.of("opus", Fixtures.daily(4)),
            List.of("alice@example.com", "bob@example.com"),
            null);
    Team data =
        new Team("data", null, Fixtures.daily(5), Map.of(), List.of("carol@example.com"), null);
    Rule smallTurns =
        new Rule(
            "small-turns-to-haiku-when-team-low",
            in ->
                ((Double) in.value(dev.ccgate.policy.ConditionVariable.TEAM_PERCENT)) > 60
                    && ((Long) in.value(dev.ccgate.policy.ConditionVariable.REQUEST_INPUT_TOKENS))
                        < 20_000,
            "team.percent > 60.0 && request.input_tokens < 20000",
            "haiku");
    return Fixtures.policy(
        Fixtures.STARTER_STAGES,
        Fixtures.daily(3),
        List.of(platform, data),
        List.of(smallTurns),
        UnknownDeveloper.DEFAULT_TEAM);
  }

  @Provide
  Arbitrary<List<Event>> events() {
    Arbitrary<Usage> usage =
        Combinators.combine(
                Arbitraries.longs().between(0, 30_000),
                Arbitraries.longs().between(0, 60_000),
                Arbitraries.longs().between(0, 40_000),
                Arbitraries.longs().between(0, 300_000),
                Arbitraries.integers().between(0, 2))
            .as(
                (in, out, write, read, searches) ->
                    new Usage(
                        in, out, 0, write, read, dev.ccgate.pricing.Speed.STANDARD, "", searches));
    return Combinators.combine(
            Arbitraries.integers().between(0, DEVELOPERS.size() - 1),
            Arbitraries.integers().between(0, MODELS.size() - 1),
            Arbitraries.longs().between(0, 1800),
            usage)
        .as(Event::new)
        .list()
        .ofMinSize(1)
        .ofMaxSize(300);
  }

  /** One replayed step: the decision, its settlement, and the ledger before and after. */
  record Step(
      Decision decision,
      Settlement settlement,
      Map<WalletId, long[]> before,
      Map<WalletId, long[]> after) {}

  private static List<Step> replay(List<Event> events) {
    Kernel kernel = new Kernel(POLICY);
    Ledger ledger = new Ledger();
    List<Step> steps = new ArrayList<>();
    Instant t = START;
    int n = 0;
    for (Event e : events) {
      t = t.plusSeconds(e.gapSeconds());
      Usage usage = e.usage();
      Request request =
          new Request(
              "r" + n++,
              "s",
              t,
              DEVELOPERS.get(e.developer()),
              null,
              MODELS.get(e.model()),
              usage.promptTokens(),
              8192,
              true);
      Map<WalletId, long[]> before = snapshot(ledger);
      Decision d = kernel.decide(ledger, request);
      Settlement s = kernel.settle(ledger, d, usage, t);
      steps.add(new Step(d, s, before, snapshot(ledger)));
    }
    return steps;
  }

  private static Map<WalletId, long[]> snapshot(Ledger ledger) {
    Map<WalletId, long[]> copy = new HashMap<>();
    ledger
        .wallets()
        .forEach(
            (id, st) ->
                copy.put(id, new long[] {st.periodStart().getEpochSecond(), st.spentMicros()}));
    return copy;
  }

  @Property
  void spendNeverDecreasesWithinAPeriod(@ForAll("events") List<Event> events) {
    for (Step step : replay(events)) {
      step.before()
          .forEach(
              (id, was) -> {
                long[] now = step.after().get(id);
                if (now[0] == was[0]) {
                  assertTrue(now[1] >= was[1], id + " went down within its period");
                }
              });
    }
  }

  @Property
  void aWalletAtItsPauseStageAdmitsNothingUntilItResets(@ForAll("events") List<Event> events) {
    Map<WalletId, Instant> pausedUntil = new HashMap<>();
    for (Step step : replay(events)) {
      Decision d = step.decision();
      if (d.path() == null) {
        continue;
      }
      Instant t = d.request().time();
      for (WalletId id : d.path().walletIds()) {
        Instant until = pausedUntil.get(id);
        if (until != null && t.isBefore(until)) {
          assertEquals(Action.PAUSE, d.action(), id + " is paused until " + until);
          assertEquals(0, step.settlement().costMicros());
        }
      }
      if (d.action() == Action.PAUSE) {
        pausedUntil.put(d.pause().wallet(), d.pause().resetAt());
      }
      // Settle's crossings say independently of decide when a wallet reached its pause stage.
      for (StageCrossed c : step.settlement().crossings()) {
        if (c.action() == dev.ccgate.policy.StageAction.PAUSE) {
          pausedUntil.put(c.wallet(), c.resetAt());
        }
      }
    }
  }

  @Property
  void aDowngradeNeverRaisesARequestsCost(@ForAll("events") List<Event> events) {
    for (Step step : replay(events)) {
      Action a = step.decision().action();
      if (a == Action.DOWNGRADE || a == Action.ROUTE) {
        assertTrue(
            step.settlement().costMicros() <= step.settlement().originalCostMicros(),
            () -> step.decision() + " cost more than asked");
      }
    }
  }

  @Property
  void eachStageFiresAtMostOncePerWalletPerPeriod(@ForAll("events") List<Event> events) {
    Set<String> fired = new HashSet<>();
    for (Step step : replay(events)) {
      for (StageCrossed c : step.settlement().crossings()) {
        long periodStart = step.after().get(c.wallet())[0];
        String key = c.wallet().key() + "@" + periodStart + "#" + c.atBasisPoints() + c.action();
        assertTrue(fired.add(key), "fired twice: " + key);
      }
    }
  }

  @Property
  void replayingTheSameEventsGivesIdenticalDecisions(
      @ForAll("events") @Size(max = 200) List<Event> events) {
    assertEquals(render(replay(events)), render(replay(events)));
  }

  private static List<String> render(List<Step> steps) {
    return steps.stream()
        .map(
            s ->
                s.decision().action()
                    + " "
                    + s.decision().routedModel()
                    + " "
                    + s.decision().reasons()
                    + " "
                    + s.settlement())
        .toList();
  }
}
