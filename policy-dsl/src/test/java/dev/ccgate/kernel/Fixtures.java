package dev.ccgate.kernel;

import dev.ccgate.policy.AlertChannel;
import dev.ccgate.policy.Alerts;
import dev.ccgate.policy.Budget;
import dev.ccgate.policy.ChannelType;
import dev.ccgate.policy.DeveloperSettings;
import dev.ccgate.policy.Manager;
import dev.ccgate.policy.Org;
import dev.ccgate.policy.PauseSettings;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.PricingSpec;
import dev.ccgate.policy.Rule;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.StageAction;
import dev.ccgate.policy.Team;
import dev.ccgate.policy.UnknownDeveloper;
import dev.ccgate.pricing.PriceTables;
import dev.ccgate.pricing.Usage;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Policies and requests built in code for kernel tests (the scenario corpus uses YAML). */
final class Fixtures {
  static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
  static final String OPUS = "claude-opus-4-5";
  static final String SONNET = "claude-sonnet-4-5";
  static final String HAIKU = "claude-haiku-4-5";

  /** 80 % alert, 95 % downgrade 1 step, 110 % pause. */
  static final List<Stage> STARTER_STAGES =
      List.of(
          Stage.of(8000, StageAction.ALERT, 0),
          Stage.of(9500, StageAction.DOWNGRADE, 1),
          Stage.of(11000, StageAction.PAUSE, 0));

  private Fixtures() {}

  static long usd(long dollars) {
    return dollars * 1_000_000L;
  }

  static Budget daily(long dollars) {
    return new Budget(usd(dollars), 0, 0);
  }

  /** A team "platform" (alice, bob) with {@code teamBudget}, no personal or org budgets. */
  static Policy teamPolicy(Budget teamBudget, List<Stage> stages, List<Rule> rules) {
    return policy(
        stages,
        Budget.NONE,
        List.of(
            new Team(
                "platform",
                new Manager("Dana Lee", "platform-em"),
                teamBudget,
                Map.of(),
                List.of("alice@example.com", "bob@example.com"),
                null)),
        rules,
        UnknownDeveloper.DEFAULT_TEAM);
  }

  static Policy policy(
      List<Stage> stages,
      Budget developerBudget,
      List<Team> teams,
      List<Rule> rules,
      UnknownDeveloper unknown) {
    return new Policy(
        "test",
        1,
        NEW_YORK,
        PriceTables.builtin(),
        List.of("opus", "sonnet", "haiku"),
        Map.of(),
        stages,
        new Org(Budget.NONE, null),
        teams,
        new DeveloperSettings(developerBudget, Map.of(), unknown, "unassigned"),
        rules,
        new Alerts(
            Map.of(
                "platform-em", new AlertChannel("platform-em", ChannelType.LOG, null, null),
                "finance", new AlertChannel("finance", ChannelType.LOG, null, null)),
            "finance"),
        new PauseSettings(PauseSettings.DEFAULT_MESSAGE),
        PricingSpec.BUILTIN);
  }

  static Request request(String developer, String model, Instant time) {
    return new Request(
        "req-" + time.toEpochMilli(), "s1", time, developer, null, model, 5000, 8192, true);
  }

  /** Usage costing exactly {@code dollars} on Opus 4.5 ($25/MTok output): 40,000 tokens per $. */
  static Usage opusDollars(long dollars) {
    return Usage.of(0, 40_000L * dollars, 0, 0, 0);
  }
}
