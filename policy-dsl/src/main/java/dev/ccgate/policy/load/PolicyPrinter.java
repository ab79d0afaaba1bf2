package dev.ccgate.policy.load;

import dev.ccgate.policy.AlertChannel;
import dev.ccgate.policy.Budget;
import dev.ccgate.policy.DeveloperOverride;
import dev.ccgate.policy.Manager;
import dev.ccgate.policy.Period;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.Rule;
import dev.ccgate.policy.Stage;
import dev.ccgate.policy.StageAction;
import dev.ccgate.policy.Team;
import dev.ccgate.policy.UnknownDeveloper;
import dev.ccgate.pricing.RateOverride;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prints a policy as YAML with every default filled in, in a fixed key order: money as {@code
 * $500.00}, percentages as {@code 80%}, conditions as written. Loading the output gives an equal
 * policy.
 */
public final class PolicyPrinter {
  private static final Pattern PLAIN = Pattern.compile("[A-Za-z_][A-Za-z0-9_.@/+-]*");
  private static final List<String> RESERVED =
      List.of("true", "false", "yes", "no", "on", "off", "y", "n", "null");

  private final StringBuilder out = new StringBuilder();

  private PolicyPrinter() {}

  /** {@code policy} as YAML. */
  public static String print(Policy policy) {
    PolicyPrinter p = new PolicyPrinter();
    p.policy(policy);
    return p.out.toString();
  }

  private void policy(Policy p) {
    line(0, "# Effective policy of " + p.source() + ", every default filled in.");
    line(0, "version: " + p.version());
    line(0, "timezone: " + str(p.timezone().getId()));
    line(0, "pricing: " + str(p.pricingSpec().table()));
    if (p.pricingSpec().overrides().isEmpty()) {
      line(0, "pricing_overrides: {}");
    } else {
      line(0, "pricing_overrides:");
      p.pricingSpec().overrides().forEach((id, o) -> line(1, str(id) + ": " + override(o)));
    }
    line(0, "cascade: " + list(p.cascade()));
    line(0, "models: " + flowMap(p.models()));
    stages(0, "stages", p.stages());
    line(0, "org:");
    budget(1, "budget", p.org().budget());
    if (p.org().stages() != null) {
      stages(1, "stages", p.org().stages());
    }
    teams(p.teams());
    developers(p);
    rules(p.rules());
    alerts(p);
    line(0, "pause:");
    line(1, "message: " + quoted(p.pause().message()));
  }

  private void teams(List<Team> teams) {
    if (teams.isEmpty()) {
      line(0, "teams: {}");
      return;
    }
    line(0, "teams:");
    for (Team team : teams) {
      line(1, str(team.id()) + ":");
      Manager m = team.manager();
      if (m != null) {
        List<String> parts = new ArrayList<>(List.of("name: " + str(m.name())));
        if (m.alertChannel() != null) {
          parts.add("alert: " + str(m.alertChannel()));
        }
        line(2, "manager: {" + String.join(", ", parts) + "}");
      }
      budget(2, "budget", team.budget());
      if (!team.modelBudgets().isEmpty()) {
        line(2, "model_budgets:");
        team.modelBudgets().forEach((family, b) -> line(3, str(family) + ": " + budget(b)));
      }
      line(2, "developers: " + list(team.developers()));
      if (team.stages() != null) {
        stages(2, "stages", team.stages());
      }
    }
  }

  private void developers(Policy p) {
    line(0, "developers:");
    budget(1, "default_budget", p.developers().defaultBudget());
    Map<String, DeveloperOverride> overrides = p.developers().overrides();
    if (overrides.isEmpty()) {
      line(1, "overrides: {}");
    } else {
      line(1, "overrides:");
      overrides.forEach(
          (id, o) -> {
            List<String> parts = new ArrayList<>();
            if (o.budget() != null) {
              parts.add("budget: " + budget(o.budget()));
            }
            if (!o.aliases().isEmpty()) {
              parts.add("aliases: " + list(o.aliases()));
            }
            line(2, str(id) + ": {" + String.join(", ", parts) + "}");
          });
    }
    line(
        1,
        "unknown: "
            + (p.developers().unknown() == UnknownDeveloper.REJECT ? "reject" : "default-team"));
    line(1, "default_team: " + str(p.developers().defaultTeam()));
  }

  private void rules(List<Rule> rules) {
    if (rules.isEmpty()) {
      line(0, "rules: []");
      return;
    }
    line(0, "rules:");
    for (Rule rule : rules) {
      List<String> parts = new ArrayList<>(List.of("name: " + str(rule.name())));
      if (rule.whenSource() != null) {
        parts.add("when: " + quoted(rule.whenSource()));
      }
      parts.add("route_to: " + str(rule.routeTo()));
      line(1, "- {" + String.join(", ", parts) + "}");
    }
  }

  private void alerts(Policy p) {
    line(0, "alerts:");
    Map<String, AlertChannel> channels = p.alerts().channels();
    if (channels.isEmpty()) {
      line(1, "channels: {}");
    } else {
      line(1, "channels:");
      channels.forEach((name, c) -> line(2, str(name) + ": " + channel(c)));
    }
    if (p.alerts().fallback() == null) {
      line(1, "# fallback: none");
    } else {
      line(1, "fallback: " + str(p.alerts().fallback()));
    }
  }

  private static String channel(AlertChannel c) {
    String type = c.type().name().toLowerCase(Locale.ROOT);
    return switch (c.type()) {
      case LOG -> "{type: log}";
      case SLACK, WEBHOOK -> {
        String key = c.type() == dev.ccgate.policy.ChannelType.SLACK ? "webhook_env" : "url_env";
        yield c.urlEnv() != null
            ? "{type: " + type + ", " + key + ": " + str(c.urlEnv()) + "}"
            : "{type: " + type + ", url: " + quoted(c.url()) + "}";
      }
    };
  }

  private void stages(int indent, String key, List<Stage> stages) {
    if (stages.isEmpty()) {
      line(indent, key + ": []");
      return;
    }
    line(indent, key + ":");
    for (Stage s : stages) {
      List<String> parts = new ArrayList<>();
      parts.add("at: " + Percent.format(s.atBasisPoints()));
      parts.add("action: " + s.action().key());
      if (s.action() == StageAction.DOWNGRADE) {
        parts.add("steps: " + s.steps());
      }
      if (s.whenSource() != null) {
        parts.add("when: " + quoted(s.whenSource()));
      }
      line(indent + 1, "- {" + String.join(", ", parts) + "}");
    }
  }

  private void budget(int indent, String key, Budget budget) {
    if (budget.isEmpty()) {
      line(indent, "# " + key + ": none (no limit)");
    } else {
      line(indent, key + ": " + budget(budget));
    }
  }

  private static String budget(Budget b) {
    List<String> parts = new ArrayList<>();
    for (Period period : Period.values()) {
      if (b.limitMicros(period) > 0) {
        parts.add(period.key() + ": " + money(b.limitMicros(period)));
      }
    }
    return "{" + String.join(", ", parts) + "}";
  }

  /** Micro-dollars as {@code $500.00}, with more decimals only where needed. */
  static String money(long micros) {
    BigDecimal value = BigDecimal.valueOf(micros, 6).stripTrailingZeros();
    return "$" + value.setScale(Math.max(2, value.scale())).toPlainString();
  }

  private static String override(RateOverride o) {
    List<String> parts = new ArrayList<>();
    rate(parts, "input", o.inputNanos());
    rate(parts, "output", o.outputNanos());
    rate(parts, "cache_write_5m", o.write5mNanos());
    rate(parts, "cache_write_1h", o.write1hNanos());
    rate(parts, "cache_read", o.readNanos());
    if (o.fastMultiplierBasisPoints() != null) {
      parts.add(
          "fast_multiplier: "
              + BigDecimal.valueOf(o.fastMultiplierBasisPoints(), 4)
                  .stripTrailingZeros()
                  .toPlainString());
    }
    if (o.family() != null) {
      parts.add("family: " + str(o.family()));
    }
    return "{" + String.join(", ", parts) + "}";
  }

  private static void rate(List<String> parts, String key, Long nanos) {
    if (nanos != null) {
      parts.add(key + ": " + BigDecimal.valueOf(nanos, 3).stripTrailingZeros().toPlainString());
    }
  }

  private static String list(List<String> items) {
    return "[" + String.join(", ", items.stream().map(PolicyPrinter::str).toList()) + "]";
  }

  private static String flowMap(Map<String, String> map) {
    List<String> parts = new ArrayList<>();
    map.forEach((k, v) -> parts.add(str(k) + ": " + str(v)));
    return "{" + String.join(", ", parts) + "}";
  }

  /** A string plain where YAML reads it back unchanged, double-quoted otherwise. */
  static String str(String s) {
    if (PLAIN.matcher(s).matches() && !RESERVED.contains(s.toLowerCase(Locale.ROOT))) {
      return s;
    }
    return quoted(s);
  }

  /** A double-quoted YAML string (JSON escapes are valid YAML ones). */
  static String quoted(String s) {
    StringBuilder q = new StringBuilder("\"");
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '"' -> q.append("\\\"");
        case '\\' -> q.append("\\\\");
        case '\n' -> q.append("\\n");
        case '\t' -> q.append("\\t");
        case '\r' -> q.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            q.append(String.format(Locale.ROOT, "\\u%04x", (int) c));
          } else {
            q.append(c);
          }
        }
      }
    }
    return q.append('"').toString();
  }

  private void line(int indent, String text) {
    out.append("  ".repeat(indent)).append(text).append('\n');
  }
}
