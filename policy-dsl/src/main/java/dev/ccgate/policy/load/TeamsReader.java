package dev.ccgate.policy.load;

import dev.ccgate.policy.Budget;
import dev.ccgate.policy.Manager;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.Team;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code teams:}: each team's manager, budget, per-family sub-wallets, members and own
 * stages. A developer may be listed in one team only (ids compare case-insensitively, as e-mail
 * addresses do).
 */
final class TeamsReader {
  private static final List<String> KEYS =
      List.of("manager", "budget", "model_budgets", "developers", "stages");
  private static final List<String> MANAGER_KEYS = List.of("name", "alert");

  private final Values values;
  private final Problems problems;
  private final StagesReader stages;
  private final AlertsReader alerts;
  private final Map<String, Member> members = new LinkedHashMap<>();

  /** Where a developer was listed. */
  record Member(String id, String team, Mark mark) {}

  TeamsReader(Values values, StagesReader stages, AlertsReader alerts) {
    this.values = values;
    this.problems = values.problems();
    this.stages = stages;
    this.alerts = alerts;
  }

  /**
   * The teams in policy order; null after an error.
   *
   * @param cascade the policy's cascade, or null when it is itself invalid (skips family checks)
   */
  List<Team> read(YamlNode node, List<String> cascade) {
    YamlMap map = values.map(node, "teams", "{platform: {budget: {monthly: 9000}}}");
    if (map == null) {
      return Values.present(node) ? null : List.of();
    }
    List<Team> teams = new ArrayList<>();
    boolean failed = false;
    for (YamlMap.Entry entry : map.list()) {
      Team team = team(entry, cascade);
      if (team == null) {
        failed = true;
      } else {
        teams.add(team);
      }
    }
    return failed ? null : teams;
  }

  /** Every listed developer by lower-cased id, in policy order. */
  Map<String, Member> members() {
    return members;
  }

  private Team team(YamlMap.Entry entry, List<String> cascade) {
    String id = entry.key();
    String path = "teams." + id;
    boolean ok = Ids.check(problems, id, entry.keyMark(), "team id", true);
    YamlMap map = values.map(entry.value(), path, "{budget: {monthly: 9000}, developers: [...]}");
    if (map == null && Values.present(entry.value())) {
      return null;
    }
    if (map == null) {
      // "platform:" with nothing under it: a team without budget, manager or members.
      return ok ? new Team(id, null, Budget.NONE, Map.of(), List.of(), null) : null;
    }
    Section s = new Section(map, path, problems, KEYS);
    Manager manager = s.has("manager") ? manager(s.get("manager"), s.path("manager")) : null;
    ok &= manager != null || !s.has("manager");
    Budget budget = values.budget(s.get("budget"), s.path("budget"));
    Map<String, Budget> modelBudgets = modelBudgets(s, cascade);
    List<String> developers = developers(s.get("developers"), id, s.path("developers"));
    List<Stage> own =
        Values.present(s.get("stages")) ? stages.read(s.get("stages"), s.path("stages")) : null;
    ok &= own != null || !Values.present(s.get("stages"));
    if (!ok || budget == null || modelBudgets == null || developers == null) {
      return null;
    }
    return new Team(id, manager, budget, modelBudgets, developers, own);
  }

  private Manager manager(YamlNode node, String path) {
    YamlMap map = values.map(node, path, "{name: Dana Lee, alert: platform-em}");
    if (map == null) {
      values.scalar(node, path, "a map such as {name: Dana Lee, alert: platform-em}");
      return null;
    }
    Section s = new Section(map, path, problems, MANAGER_KEYS);
    if (!s.has("name")) {
      problems.error(
          "missing-key", s.mark(), path + " needs 'name'", "e.g. {name: Dana Lee, alert: em}");
      return null;
    }
    String name = values.text(s.get("name"), s.path("name"), "a name");
    String alert = null;
    if (s.has("alert")) {
      alert = values.text(s.get("alert"), s.path("alert"), "a channel name");
      if (alert != null && !alerts.declared().contains(alert)) {
        alerts.unknownChannel(alert, s.get("alert").mark(), s.path("alert"));
        return null;
      }
      if (alert == null) {
        return null;
      }
    }
    return name == null ? null : new Manager(name, alert);
  }

  private Map<String, Budget> modelBudgets(Section s, List<String> cascade) {
    YamlMap map =
        values.map(s.get("model_budgets"), s.path("model_budgets"), "{opus: {daily: 300}}");
    if (map == null) {
      return Values.present(s.get("model_budgets")) ? null : Map.of();
    }
    Map<String, Budget> budgets = new LinkedHashMap<>();
    boolean failed = false;
    for (YamlMap.Entry entry : map.list()) {
      String family = entry.key();
      if (cascade != null && !cascade.contains(family)) {
        problems.error(
            "not-in-cascade",
            entry.keyMark(),
            s.path("model_budgets")
                + " has a budget for '"
                + family
                + "', which is not in the"
                + " cascade "
                + cascade,
            Suggestions.hint(family, cascade));
        failed = true;
        continue;
      }
      Budget budget = values.budget(entry.value(), s.path("model_budgets") + "." + family);
      if (budget == null) {
        failed = true;
      } else {
        budgets.put(family, budget);
      }
    }
    return failed ? null : budgets;
  }

  private List<String> developers(YamlNode node, String team, String path) {
    YamlSeq seq = values.seq(node, path, "[alice@example.com, bob@example.com]");
    if (seq == null) {
      return Values.present(node) ? null : List.of();
    }
    List<String> ids = new ArrayList<>();
    boolean failed = false;
    for (YamlNode item : seq.items()) {
      String id = values.text(item, path, "a developer id");
      if (id == null || !Ids.check(problems, id, item.mark(), "developer id", false)) {
        failed = true;
        if (id == null && !(item instanceof YamlMap || item instanceof YamlSeq)) {
          problems.error("wrong-type", item.mark(), path + " has an empty entry", null);
        }
        continue;
      }
      Member first = members.get(id.toLowerCase(Locale.ROOT));
      if (first != null) {
        String where =
            first.team().equals(team)
                ? "already in this team"
                : "already in team '" + first.team() + "'";
        problems.error(
            "duplicate-developer",
            item.mark(),
            "developer " + id + " is " + where + " (line " + first.mark().line() + ")",
            "a developer belongs to one team; list them once");
        failed = true;
        continue;
      }
      members.put(id.toLowerCase(Locale.ROOT), new Member(id, team, item.mark()));
      ids.add(id);
    }
    return failed ? null : ids;
  }
}
