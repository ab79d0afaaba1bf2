package dev.ccgate.policy.condition;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.Condition;
import dev.ccgate.policy.ConditionVariable;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.EdgeCasesMode;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The fast path and the CEL interpreter give the same answer for every input. */
class FastPathAgreementProperties {
  /** Expressions in the fast-path subset, covering every node kind and operand order. */
  static final List<String> EXPRESSIONS =
      List.of(
          "team.remaining_usd < 200.0 && request.input_tokens < 10000",
          "request.input_tokens <= 0",
          "request.input_tokens == 42 || request.max_tokens != 8192",
          "10000 > request.input_tokens",
          "-5 >= time.hour",
          "team.percent > 90",
          "team.percent >= 90 && developer.percent < 50",
          "90 < org.percent",
          "request.input_tokens < 10000.5",
          "1.5 <= request.max_tokens",
          "team.percent == 0.0 || team.percent != -0.0",
          "developer.spent_usd > 9223372036854775807",
          "request.input_tokens > 9.3e18",
          "request.family == 'opus'",
          "request.family != 'haiku' && request.model < 'claude-opus-4-5'",
          "'m' >= developer.id",
          "request.stream",
          "!request.stream || request.stream == false",
          "request.stream != true && !(team.percent > 80.0)",
          "true && (false || request.session_id == 's')",
          "!(request.input_tokens < 100 && (team.id == 'data' || org.percent >= 100.0))",
          "time.weekday >= 6 || time.hour < 8 || time.hour > 18",
          "false",
          "team.remaining_usd <= 0 || !(developer.remaining_usd > 10)");

  /** Each expression compiled both ways, once: compiling dominates the cost of a try. */
  private static final List<Compiled> COMPILED = compileAll();

  private record Compiled(String expression, Condition fast, Condition interpreted) {}

  private static List<Compiled> compileAll() {
    ConditionCompiler compiler = new ConditionCompiler();
    List<Compiled> compiled = new ArrayList<>();
    for (String expression : EXPRESSIONS) {
      Condition fast = compiler.compile(expression).condition();
      assertTrue(((CompiledCondition) fast).isFastPath(), expression);
      compiled.add(
          new Compiled(expression, fast, compiler.compileInterpreted(expression).condition()));
    }
    return List.copyOf(compiled);
  }

  // Special values (NaN, -0.0, the long range limits) are generated explicitly; jqwik's own edge
  // cases over nineteen combined variables only cost start-up time.
  @Property(tries = 3000, edgeCases = EdgeCasesMode.NONE)
  void fastPathAgreesWithTheInterpreter(@ForAll("inputs") TestInput input) {
    for (Compiled c : COMPILED) {
      assertEquals(
          c.interpreted().test(input), c.fast().test(input), c.expression() + " with " + input);
    }
  }

  @Provide
  Arbitrary<TestInput> inputs() {
    List<Arbitrary<Object>> values = new ArrayList<>();
    for (ConditionVariable variable : ConditionVariable.values()) {
      values.add(value(variable.type()).injectNull(0.05));
    }
    return Combinators.combine(values)
        .as(
            list -> {
              TestInput input = new TestInput();
              ConditionVariable[] all = ConditionVariable.values();
              for (int i = 0; i < all.length; i++) {
                input.with(all[i], list.get(i));
              }
              return input;
            });
  }

  private static Arbitrary<Object> value(ConditionVariable.Type type) {
    return switch (type) {
      case STRING ->
          Arbitraries.oneOf(
                  Arbitraries.of(
                      "opus", "haiku", "sonnet", "data", "m", "s", "", "claude-opus-4-5"),
                  Arbitraries.strings().ofMaxLength(6))
              .map(s -> (Object) s);
      case INT ->
          Arbitraries.oneOf(
                  Arbitraries.longs(),
                  Arbitraries.longs().between(-10, 20_000),
                  Arbitraries.of(
                      0L,
                      42L,
                      8192L,
                      10_000L,
                      -5L,
                      Long.MAX_VALUE,
                      Long.MIN_VALUE,
                      9_200_000_000_000_000_000L))
              .map(l -> (Object) l);
      case DOUBLE ->
          Arbitraries.oneOf(
                  Arbitraries.doubles(),
                  Arbitraries.doubles().between(-10, 300),
                  Arbitraries.of(
                      0.0,
                      -0.0,
                      90.0,
                      50.0,
                      100.0,
                      Double.NaN,
                      Double.POSITIVE_INFINITY,
                      Double.NEGATIVE_INFINITY,
                      0x1p63,
                      -9.3e18))
              .map(d -> (Object) d);
      case BOOL -> Arbitraries.of(true, false).map(b -> (Object) b);
    };
  }
}
