package dev.ccgate.policy.load;

import dev.ccgate.policy.Budget;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads typed values out of YAML nodes, reporting what was expected when a value does not fit.
 * Every method returns null after reporting an error, so callers just skip what they cannot use.
 *
 * <p>Money: {@code 500}, {@code 500.00}, {@code $500}, {@code "$1,500.50"} (commas only in groups
 * of three; quote it inside {@code {...}}, where YAML splits on commas), at most six decimals
 * (micro-dollars), always more than $0. Percent: {@code 80%}, {@code 80.5%} (at most two decimals),
 * or a bare fraction {@code 0.8} (at most four decimals; a bare number above 10 is taken for a
 * forgotten {@code %} and rejected), always more than 0%.
 */
final class Values {
  private static final Pattern ENV = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)}");
  private static final Pattern GROUPED = Pattern.compile("\\d{1,3}(,\\d{3})+(\\.\\d+)?");
  private static final Pattern DECIMAL = Pattern.compile("\\d+(\\.\\d+)?|\\.\\d+");
  private static final BigDecimal MAX_BARE_FRACTION = BigDecimal.TEN;

  private final Problems problems;
  private final Map<String, String> env;

  Values(Problems problems, Map<String, String> env) {
    this.problems = problems;
    this.env = env;
  }

  Problems problems() {
    return problems;
  }

  /** True when {@code node} holds something (not absent, not an empty value). */
  static boolean present(YamlNode node) {
    return node != null && !(node instanceof YamlScalar s && s.isNull());
  }

  /** The map at {@code node}; null (silently) when absent or empty. */
  YamlMap map(YamlNode node, String path, String example) {
    if (node == null || (node instanceof YamlScalar s && s.isNull())) {
      return null;
    }
    if (node instanceof YamlMap map) {
      return map;
    }
    wrongType(node, path, "a map", example);
    return null;
  }

  /** The list at {@code node}; null (silently) when absent or empty. */
  YamlSeq seq(YamlNode node, String path, String example) {
    if (node == null || (node instanceof YamlScalar s && s.isNull())) {
      return null;
    }
    if (node instanceof YamlSeq seq) {
      return seq;
    }
    wrongType(node, path, "a list", example);
    return null;
  }

  /** The scalar at {@code node}: an error when it is missing, null, a map or a list. */
  YamlScalar scalar(YamlNode node, String path, String expected) {
    if (node instanceof YamlScalar s && !s.isNull()) {
      return s;
    }
    if (node != null) {
      wrongType(node, path, expected, null);
    }
    return null;
  }

  /** The text of a scalar with a whole-value {@code ${NAME}} replaced from the environment. */
  String text(YamlNode node, String path, String expected) {
    YamlScalar s = scalar(node, path, expected);
    if (s == null) {
      return null;
    }
    String name = envName(s);
    if (name == null) {
      return s.text();
    }
    String value = env.get(name);
    if (value == null) {
      unsetEnv(name, s.mark(), path);
      return s.text();
    }
    return value;
  }

  /** {@code NAME} when the scalar is exactly {@code ${NAME}}, else null. */
  static String envName(YamlScalar s) {
    Matcher m = ENV.matcher(s.text().strip());
    return m.matches() ? m.group(1) : null;
  }

  /** Warns that {@code name} is not set here (validate runs on laptops without the secrets). */
  void checkEnv(String name, Mark at, String path) {
    if (!env.containsKey(name)) {
      unsetEnv(name, at, path);
    }
  }

  private void unsetEnv(String name, Mark at, String path) {
    problems.warning(
        "env-unset",
        at,
        "environment variable " + name + " (for " + path + ") is not set here",
        "set it where the gateway runs; validate only warns because secrets are often absent");
  }

  /** Micro-dollars of a money value, more than zero. */
  Long money(YamlNode node, String path) {
    String raw = text(node, path, "a dollar amount such as $500");
    if (raw == null) {
      return null;
    }
    String t = raw.strip().replace("_", "");
    if (t.startsWith("$")) {
      t = t.substring(1).strip();
    }
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    Mark at = node.mark();
    BigDecimal amount = decimal(t);
    if (amount == null) {
      problems.error(
          "bad-money",
          at,
          "'" + raw + "' at " + path + " is not a dollar amount",
          "write 500, 500.00 or $500 (quote \"$1,500\" if it has commas)");
      return null;
    }
    if (amount.signum() <= 0) {
      problems.error(
          "bad-money",
          at,
          path + " must be more than $0, not " + raw,
          "leave the period out for no limit");
      return null;
    }
    try {
      return amount.movePointRight(6).longValueExact();
    } catch (ArithmeticException e) {
      problems.error(
          "bad-money",
          at,
          "'" + raw + "' at " + path + " is finer than a micro-dollar or too large",
          "use at most six decimals");
      return null;
    }
  }

  /** Basis points of a percentage ({@code 80%} or {@code 0.8} is 8000), more than zero. */
  Integer percent(YamlNode node, String path) {
    String raw = text(node, path, "a percentage such as 80%");
    if (raw == null) {
      return null;
    }
    String t = raw.strip();
    boolean percentSign = t.endsWith("%");
    BigDecimal value = decimal(percentSign ? t.substring(0, t.length() - 1).strip() : t);
    Mark at = node.mark();
    if (value == null) {
      problems.error(
          "bad-percent",
          at,
          "'" + raw + "' at " + path + " is not a percentage",
          "write 80% or 0.8");
      return null;
    }
    if (!percentSign && value.compareTo(MAX_BARE_FRACTION) > 0) {
      problems.error(
          "bad-percent",
          at,
          "'" + raw + "' at " + path + " is ambiguous: a bare number is a fraction (0.8 = 80%)",
          "write " + value.toPlainString() + "%");
      return null;
    }
    BigDecimal basisPoints = value.movePointRight(percentSign ? 2 : 4);
    if (basisPoints.signum() <= 0) {
      problems.error("bad-percent", at, path + " must be more than 0%, not " + raw, null);
      return null;
    }
    try {
      return basisPoints.intValueExact();
    } catch (ArithmeticException e) {
      problems.error(
          "bad-percent",
          at,
          "'" + raw + "' at " + path + " is finer than 0.01% or too large",
          "use at most two decimals: 80.25%");
      return null;
    }
  }

  /** A whole number of at least {@code min}. */
  Integer integer(YamlNode node, String path, int min) {
    String raw = text(node, path, "a whole number");
    if (raw == null) {
      return null;
    }
    BigDecimal value = decimal(raw.strip());
    try {
      if (value == null) {
        throw new ArithmeticException();
      }
      int n = value.intValueExact();
      if (n < min) {
        problems.error(
            "bad-number", node.mark(), path + " must be at least " + min + ", not " + raw, null);
        return null;
      }
      return n;
    } catch (ArithmeticException e) {
      problems.error("bad-number", node.mark(), path + " must be a whole number, not " + raw, null);
      return null;
    }
  }

  /** A {@code {daily, weekly, monthly}} budget; {@link Budget#NONE} when absent. */
  Budget budget(YamlNode node, String path) {
    YamlMap map = map(node, path, "{daily: 500, monthly: 9000}");
    if (map == null) {
      return present(node) ? null : Budget.NONE;
    }
    Section s = new Section(map, path, problems, List.of("daily", "weekly", "monthly"));
    Long daily = s.has("daily") ? money(s.get("daily"), s.path("daily")) : Long.valueOf(0);
    Long weekly = s.has("weekly") ? money(s.get("weekly"), s.path("weekly")) : Long.valueOf(0);
    Long monthly = s.has("monthly") ? money(s.get("monthly"), s.path("monthly")) : Long.valueOf(0);
    if (daily == null || weekly == null || monthly == null) {
      return null;
    }
    Budget budget = new Budget(daily, weekly, monthly);
    if (budget.isEmpty()) {
      problems.warning(
          "empty-budget",
          map.mark(),
          path + " sets no period, so it has no limit",
          "add daily, weekly or monthly, or remove the budget");
    }
    return budget;
  }

  private void wrongType(YamlNode node, String path, String expected, String example) {
    problems.error(
        "wrong-type",
        node.mark(),
        path + " must be " + expected + ", not " + node.describe(),
        example == null ? null : "e.g. " + example);
  }

  /** A plain decimal ({@code 500}, {@code 0.8}, {@code 1e3}) or null; rejects hex and words. */
  private static BigDecimal decimal(String t) {
    String s = t.startsWith("-") || t.startsWith("+") ? t.substring(1) : t;
    if (!DECIMAL.matcher(s).matches() && !s.matches("\\d+(\\.\\d+)?[eE][+-]?\\d+")) {
      return null;
    }
    BigDecimal value = new BigDecimal(s);
    return t.startsWith("-") ? value.negate() : value;
  }
}
