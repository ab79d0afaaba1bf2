package dev.ccgate.policy.load;

import dev.ccgate.policy.Budget;
import dev.ccgate.policy.DeveloperOverride;
import dev.ccgate.policy.DeveloperSettings;
import dev.ccgate.policy.UnknownDeveloper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code developers:}. Defaults: no personal budget, no overrides, {@code unknown:
 * default-team}, {@code default_team: unassigned}. Every alias names one developer only.
 */
final class DevelopersReader {
  /** The team of developers no team lists, when the policy does not name one. */
  static final String DEFAULT_TEAM = "unassigned";

  private static final List<String> KEYS =
      List.of("default_budget", "overrides", "unknown", "default_team");
  private static final List<String> OVERRIDE_KEYS = List.of("budget", "aliases");
  private static final List<String> UNKNOWN = List.of("default-team", "reject");

  private final Values values;
  private final Problems problems;

  DevelopersReader(Values values) {
    this.values = values;
    this.problems = values.problems();
  }

  /** The developer settings; null after an error. */
  DeveloperSettings read(YamlNode node, Map<String, TeamsReader.Member> members) {
    YamlMap map = values.map(node, "developers", "{default_budget: {daily: 80}}");
    if (map == null) {
      return Values.present(node)
          ? null
          : new DeveloperSettings(
              Budget.NONE, Map.of(), UnknownDeveloper.DEFAULT_TEAM, DEFAULT_TEAM);
    }
    Section s = new Section(map, "developers", problems, KEYS);
    Budget defaultBudget = values.budget(s.get("default_budget"), s.path("default_budget"));
    Map<String, DeveloperOverride> overrides = overrides(s, members);
    UnknownDeveloper unknown = unknown(s);
    String defaultTeam = DEFAULT_TEAM;
    if (s.has("default_team")) {
      defaultTeam = values.text(s.get("default_team"), s.path("default_team"), "a team id");
      if (defaultTeam != null
          && !Ids.check(problems, defaultTeam, s.get("default_team").mark(), "team id", true)) {
        defaultTeam = null;
      }
    }
    if (defaultBudget == null || overrides == null || unknown == null || defaultTeam == null) {
      return null;
    }
    return new DeveloperSettings(defaultBudget, overrides, unknown, defaultTeam);
  }

  private UnknownDeveloper unknown(Section s) {
    if (!s.has("unknown")) {
      return UnknownDeveloper.DEFAULT_TEAM;
    }
    String text = values.text(s.get("unknown"), s.path("unknown"), "default-team or reject");
    if (text == null) {
      return null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    if (key.equals("reject")) {
      return UnknownDeveloper.REJECT;
    }
    if (key.equals("default-team")) {
      return UnknownDeveloper.DEFAULT_TEAM;
    }
    problems.error(
        "bad-value",
        s.get("unknown").mark(),
        "developers.unknown must be default-team or reject, not '" + text + "'",
        Suggestions.hint(key, UNKNOWN));
    return null;
  }

  private Map<String, DeveloperOverride> overrides(
      Section s, Map<String, TeamsReader.Member> members) {
    YamlMap map =
        values.map(s.get("overrides"), s.path("overrides"), "{alice@example.com: {budget: ...}}");
    if (map == null) {
      return Values.present(s.get("overrides")) ? null : Map.of();
    }
    Map<String, DeveloperOverride> overrides = new LinkedHashMap<>();
    Map<String, Mark> seen = new HashMap<>();
    // Every id that names a developer: listed members, overridden ids, and aliases so far.
    Map<String, String> names = new HashMap<>();
    members.values().forEach(m -> names.put(m.id().toLowerCase(Locale.ROOT), m.id()));
    map.list().forEach(e -> names.putIfAbsent(e.key().toLowerCase(Locale.ROOT), e.key()));
    boolean failed = false;
    for (YamlMap.Entry entry : map.list()) {
      String id = entry.key();
      String path = "developers.overrides." + id;
      Mark first = seen.putIfAbsent(id.toLowerCase(Locale.ROOT), entry.keyMark());
      if (first != null) {
        problems.error(
            "duplicate-developer",
            entry.keyMark(),
            "developer " + id + " already has an override (line " + first.line() + ")",
            "ids compare without case; merge the two");
        failed = true;
        continue;
      }
      DeveloperOverride override =
          Ids.check(problems, id, entry.keyMark(), "developer id", false)
              ? override(entry, path, names)
              : null;
      if (override == null) {
        failed = true;
      } else {
        overrides.put(id, override);
      }
    }
    return failed ? null : overrides;
  }

  private DeveloperOverride override(YamlMap.Entry entry, String path, Map<String, String> names) {
    YamlMap map = values.map(entry.value(), path, "{budget: {daily: 150}}");
    if (map == null) {
      if (Values.present(entry.value())) {
        return null;
      }
      return new DeveloperOverride(null, List.of());
    }
    Section s = new Section(map, path, problems, OVERRIDE_KEYS);
    Budget budget = s.has("budget") ? values.budget(s.get("budget"), s.path("budget")) : null;
    List<String> aliases = aliases(s, entry.key(), names);
    if ((budget == null && s.has("budget")) || aliases == null) {
      return null;
    }
    return new DeveloperOverride(budget, aliases);
  }

  private List<String> aliases(Section s, String developer, Map<String, String> names) {
    YamlSeq seq = values.seq(s.get("aliases"), s.path("aliases"), "[user_01ABC, apikey_01XYZ]");
    if (seq == null) {
      return Values.present(s.get("aliases")) ? null : List.of();
    }
    List<String> aliases = new ArrayList<>();
    boolean failed = false;
    for (YamlNode item : seq.items()) {
      String alias = values.text(item, s.path("aliases"), "an id");
      if (alias == null || !Ids.check(problems, alias, item.mark(), "alias", false)) {
        failed = true;
        continue;
      }
      String owner = names.putIfAbsent(alias.toLowerCase(Locale.ROOT), developer);
      if (owner != null) {
        problems.error(
            "duplicate-alias",
            item.mark(),
            "alias " + alias + " of " + developer + " already names developer " + owner,
            "an alias must identify one developer");
        failed = true;
        continue;
      }
      aliases.add(alias);
    }
    return failed ? null : aliases;
  }
}
