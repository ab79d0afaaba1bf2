package dev.ccgate.policy.load;

import dev.ccgate.policy.Rule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads {@code rules:}: route-by-budget rules in evaluation order, each {@code {name, when,
 * route_to}}. Names are required and unique (decisions cite them); {@code when} may be left out for
 * a rule that always applies; {@code route_to} must be a cascade family.
 */
final class RulesReader {
  private static final List<String> KEYS = List.of("name", "when", "route_to");

  private final Values values;
  private final Problems problems;
  private final WhenReader when;

  RulesReader(Values values, WhenReader when) {
    this.values = values;
    this.problems = values.problems();
    this.when = when;
  }

  /** The rules in order; null after an error. */
  List<Rule> read(YamlNode node, List<String> cascade) {
    YamlSeq seq = values.seq(node, "rules", "[{name: easy-to-haiku, when: ..., route_to: haiku}]");
    if (seq == null) {
      return Values.present(node) ? null : List.of();
    }
    List<Rule> rules = new ArrayList<>();
    Map<String, Mark> names = new HashMap<>();
    boolean failed = false;
    for (int i = 0; i < seq.items().size(); i++) {
      Rule rule = rule(seq.items().get(i), "rules[" + i + "]", cascade, names);
      if (rule == null) {
        failed = true;
      } else {
        rules.add(rule);
      }
    }
    return failed ? null : rules;
  }

  private Rule rule(YamlNode item, String path, List<String> cascade, Map<String, Mark> names) {
    YamlMap map = values.map(item, path, "{name: easy-to-haiku, when: ..., route_to: haiku}");
    if (map == null) {
      values.scalar(item, path, "a map such as {name: ..., when: ..., route_to: haiku}");
      return null;
    }
    Section s = new Section(map, path, problems, KEYS);
    String name = null;
    if (!s.has("name")) {
      problems.error(
          "missing-key", s.mark(), path + " needs 'name'", "decisions cite rules by name");
    } else {
      name = values.text(s.get("name"), s.path("name"), "a rule name");
      Mark first = name == null ? null : names.putIfAbsent(name, s.get("name").mark());
      if (first != null) {
        problems.error(
            "duplicate-rule",
            s.get("name").mark(),
            "rule name '" + name + "' is already used (line " + first.line() + ")",
            "decisions cite rules by name: make it unique");
        name = null;
      }
    }
    WhenReader.When condition = when.read(s.get("when"), s.path("when"));
    String routeTo = routeTo(s, path, cascade);
    if (name == null || condition == null || routeTo == null) {
      return null;
    }
    return new Rule(name, condition.condition(), condition.source(), routeTo);
  }

  private String routeTo(Section s, String path, List<String> cascade) {
    if (!s.has("route_to")) {
      problems.error(
          "missing-key", s.mark(), path + " needs 'route_to'", "the family to send requests to");
      return null;
    }
    String family = values.text(s.get("route_to"), s.path("route_to"), "a cascade family");
    if (family != null && cascade != null && !cascade.contains(family)) {
      problems.error(
          "not-in-cascade",
          s.get("route_to").mark(),
          s.path("route_to") + " is '" + family + "', which is not in the cascade " + cascade,
          Suggestions.hint(family, cascade));
      return null;
    }
    return family;
  }
}
