package dev.ccgate.policy.load;

import dev.ccgate.policy.Alerts;
import dev.ccgate.policy.Budget;
import dev.ccgate.policy.DeveloperSettings;
import dev.ccgate.policy.Org;
import dev.ccgate.policy.PauseSettings;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Rule;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.Team;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads a policy's top level into a {@link Policy}, section by section in dependency order
 * (pricing, then the cascade it checks, then alerts before the teams that name channels), and
 * collects every problem on the way. Defaults are those of {@code policy.example.yaml}.
 */
final class PolicyReader {
  static final List<String> KEYS =
      List.of(
          "version",
          "timezone",
          "pricing",
          "pricing_overrides",
          "cascade",
          "models",
          "stages",
          "org",
          "teams",
          "developers",
          "rules",
          "alerts",
          "pause");
  private static final int VERSION = 1;
  private static final ZoneId DEFAULT_TIMEZONE = ZoneId.of("UTC");

  private final String source;
  private final Values values;
  private final Problems problems;
  private final PricingReader pricing;
  private final WhenReader when;

  PolicyReader(String source, Values values, PricingReader pricing, WhenReader when) {
    this.source = source;
    this.values = values;
    this.problems = values.problems();
    this.pricing = pricing;
    this.when = when;
  }

  /** The policy at {@code root}, or null when anything is an error. */
  Policy read(YamlNode root) {
    if (root == null) {
      problems.error("empty-policy", Mark.START, "the policy is empty", "start with 'version: 1'");
      return null;
    }
    if (!(root instanceof YamlMap map)) {
      problems.error(
          "wrong-type",
          root.mark(),
          "a policy is a map of sections, not " + root.describe(),
          "start with 'version: 1'");
      return null;
    }
    Section s = new Section(map, "", problems, KEYS);
    Integer version = version(s);
    ZoneId timezone = timezone(s);
    PricingReader.Pricing prices = pricing.read(s.get("pricing"), s.get("pricing_overrides"));
    CascadeReader cascades = new CascadeReader(values, prices == null ? null : prices.table());
    List<String> cascade = cascades.cascade(s.get("cascade"));
    Map<String, String> models = cascades.models(s.get("models"), cascade);
    AlertsReader alertsReader = new AlertsReader(values);
    Alerts alerts = alertsReader.read(s.get("alerts"));
    StagesReader stagesReader = new StagesReader(values, when);
    List<Stage> stages =
        Values.present(s.get("stages"))
            ? stagesReader.read(s.get("stages"), "stages")
            : StagesReader.DEFAULT;
    Org org = org(s.get("org"), stagesReader);
    TeamsReader teamsReader = new TeamsReader(values, stagesReader, alertsReader);
    List<Team> teams = teamsReader.read(s.get("teams"), cascade);
    DeveloperSettings developers =
        new DevelopersReader(values).read(s.get("developers"), teamsReader.members());
    List<Rule> rules = new RulesReader(values, when).read(s.get("rules"), cascade);
    PauseSettings pause = pause(s.get("pause"));
    if (alerts != null && teams != null && org != null) {
      checkFallback(s, alerts, teams, org);
    }
    if (problems.hasErrors()) {
      return null;
    }
    return new Policy(
        source,
        version,
        timezone,
        prices.table(),
        cascade,
        models,
        stages,
        org,
        teams,
        developers,
        rules,
        alerts,
        pause,
        prices.spec());
  }

  private Integer version(Section s) {
    if (!s.has("version")) {
      problems.error(
          "missing-version",
          Mark.START,
          "the policy has no 'version'",
          "add 'version: " + VERSION + "' as the first line");
      return null;
    }
    YamlNode node = s.get("version");
    if (node instanceof YamlScalar scalar && scalar.text().strip().equals("1")) {
      return VERSION;
    }
    String shown = node instanceof YamlScalar scalar ? scalar.text() : node.describe();
    problems.error(
        "bad-version",
        node.mark(),
        "policy version '" + shown + "' is not supported",
        "this ccgate reads 'version: " + VERSION + "'");
    return null;
  }

  private ZoneId timezone(Section s) {
    if (!Values.present(s.get("timezone"))) {
      return DEFAULT_TIMEZONE;
    }
    String text = values.text(s.get("timezone"), "timezone", "a time zone id");
    if (text == null) {
      return null;
    }
    try {
      return ZoneId.of(text.strip());
    } catch (DateTimeException e) {
      List<String> zones = new ArrayList<>(ZoneId.getAvailableZoneIds());
      zones.sort(null);
      String close = Suggestions.closest(text.strip(), zones);
      problems.error(
          "bad-timezone",
          s.get("timezone").mark(),
          "unknown time zone '" + text + "'",
          close != null
              ? "did you mean '" + close + "'?"
              : "use an IANA zone id, e.g. America/New_York");
      return null;
    }
  }

  private Org org(YamlNode node, StagesReader stagesReader) {
    YamlMap map = values.map(node, "org", "{budget: {monthly: 60000}}");
    if (map == null) {
      return Values.present(node) ? null : new Org(Budget.NONE, null);
    }
    Section s = new Section(map, "org", problems, List.of("budget", "stages"));
    Budget budget = values.budget(s.get("budget"), "org.budget");
    List<Stage> stages = null;
    if (Values.present(s.get("stages"))) {
      stages = stagesReader.read(s.get("stages"), "org.stages");
      if (stages == null) {
        return null;
      }
    }
    return budget == null ? null : new Org(budget, stages);
  }

  private PauseSettings pause(YamlNode node) {
    YamlMap map = values.map(node, "pause", "{message: \"...\"}");
    if (map == null) {
      return Values.present(node) ? null : new PauseSettings(PauseSettings.DEFAULT_MESSAGE);
    }
    Section s = new Section(map, "pause", problems, List.of("message"));
    if (!Values.present(s.get("message"))) {
      return new PauseSettings(PauseSettings.DEFAULT_MESSAGE);
    }
    String message = values.text(s.get("message"), "pause.message", "text");
    if (message == null) {
      return null;
    }
    PauseMessages.check(message, s.get("message").mark(), problems);
    return new PauseSettings(message);
  }

  private void checkFallback(Section s, Alerts alerts, List<Team> teams, Org org) {
    if (alerts.fallback() != null) {
      return;
    }
    List<String> silent = new ArrayList<>();
    for (Team team : teams) {
      if (team.manager() == null || team.manager().alertChannel() == null) {
        silent.add("team " + team.id());
      }
    }
    if (!org.budget().isEmpty()) {
      silent.add("the org wallet");
    }
    if (silent.isEmpty()) {
      return;
    }
    problems.warning(
        "no-fallback",
        s.has("alerts") ? s.keyMark("alerts") : Mark.START,
        "alerts.fallback is not set, so alerts for "
            + String.join(", ", silent)
            + " have no channel and reach no one",
        "add a channel (e.g. {type: log}) and name it in alerts.fallback");
  }
}
