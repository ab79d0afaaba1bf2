package dev.ccgate.policy.condition;

import static dev.ccgate.policy.ConditionVariable.REQUEST_FAMILY;
import static dev.ccgate.policy.ConditionVariable.REQUEST_INPUT_TOKENS;
import static dev.ccgate.policy.ConditionVariable.REQUEST_STREAM;
import static dev.ccgate.policy.ConditionVariable.TEAM_PERCENT;
import static dev.ccgate.policy.ConditionVariable.TEAM_REMAINING_USD;
import static dev.ccgate.policy.ConditionVariable.TIME_HOUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.ccgate.policy.ConditionVariable;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ConditionCompilerTest {
  private final ConditionCompiler compiler = new ConditionCompiler();

  private CompiledCondition compiled(String expression) {
    ConditionCompiler.Result result = compiler.compile(expression);
    assertTrue(result.ok(), () -> expression + ": " + result.errors());
    return (CompiledCondition) result.condition();
  }

  @Test
  void evaluatesTheSpecExampleOnTheFastPath() {
    CompiledCondition c = compiled("team.remaining_usd < 200.0 && request.input_tokens < 10000");
    assertTrue(c.isFastPath());
    TestInput low =
        new TestInput().with(TEAM_REMAINING_USD, 150.0).with(REQUEST_INPUT_TOKENS, 500L);
    TestInput big =
        new TestInput().with(TEAM_REMAINING_USD, 150.0).with(REQUEST_INPUT_TOKENS, 20_000L);
    TestInput rich = new TestInput().with(TEAM_REMAINING_USD, 900.0).with(REQUEST_INPUT_TOKENS, 5L);
    assertTrue(c.test(low));
    assertFalse(c.test(big));
    assertFalse(c.test(rich));
  }

  @Test
  void comparesADoubleVariableWithAnIntLiteral() {
    CompiledCondition c = compiled("team.percent > 90");
    assertTrue(c.isFastPath());
    assertTrue(c.test(new TestInput().with(TEAM_PERCENT, 90.5)));
    assertFalse(c.test(new TestInput().with(TEAM_PERCENT, 90.0)));
  }

  @Test
  void runsExpressionsOutsideTheSubsetOnTheInterpreter() {
    CompiledCondition c = compiled("request.family in ['opus', 'sonnet'] && time.hour >= 9");
    assertFalse(c.isFastPath());
    assertTrue(c.test(new TestInput().with(REQUEST_FAMILY, "opus").with(TIME_HOUR, 10L)));
    assertFalse(c.test(new TestInput().with(REQUEST_FAMILY, "haiku").with(TIME_HOUR, 10L)));
  }

  @Test
  void readsOnlyTheVariablesTheExpressionReaches() {
    AtomicInteger reads = new AtomicInteger();
    CompiledCondition c = compiled("request.stream && team.percent > 50.0");
    c.test(
        variable -> {
          reads.incrementAndGet();
          if (variable == REQUEST_STREAM) {
            return false;
          }
          return 99.0;
        });
    assertEquals(1, reads.get(), "false && ... must not read the right side");
  }

  @Test
  void anEvaluationErrorMakesTheConditionFalse() {
    CompiledCondition overflow = compiled("request.input_tokens * 1000000000000 > 5");
    assertFalse(overflow.isFastPath());
    assertFalse(overflow.test(new TestInput().with(REQUEST_INPUT_TOKENS, 10_000_000L)));
    assertTrue(overflow.test(new TestInput().with(REQUEST_INPUT_TOKENS, 1L)));
    CompiledCondition missing = compiled("team.percent > 50.0");
    assertFalse(missing.test(new TestInput()));
  }

  @Test
  void falseAbsorbsAnErrorLikeCel() {
    CompiledCondition c = compiled("team.percent > 50.0 && request.input_tokens < 5");
    TestInput noPercent = new TestInput().with(REQUEST_INPUT_TOKENS, 10L);
    assertFalse(c.test(noPercent));
    CompiledCondition or = compiled("team.percent > 50.0 || request.input_tokens < 5");
    assertTrue(or.test(new TestInput().with(REQUEST_INPUT_TOKENS, 1L)));
  }

  @Test
  void reportsASyntaxErrorWithItsColumn() {
    ConditionCompiler.Result r = compiler.compile("request.input_tokens < < 3");
    assertFalse(r.ok());
    ConditionError e = r.errors().get(0);
    assertEquals(ConditionError.Kind.SYNTAX, e.kind());
    assertEquals(1, e.line());
    assertEquals(23, e.column());
  }

  @Test
  void namesTheWholeDottedReferenceWhenUndeclared() {
    ConditionCompiler.Result r =
        compiler.compile("request.input_tokens < 3 && team.remainig_usd < 3.0");
    ConditionError e = r.errors().get(0);
    assertEquals(ConditionError.Kind.UNDECLARED, e.kind());
    assertEquals("team.remainig_usd", e.reference());
    assertEquals(28, e.column());
  }

  @Test
  void rejectsANonBoolResult() {
    ConditionError e = compiler.compile("request.input_tokens + 1").errors().get(0);
    assertEquals(ConditionError.Kind.NOT_BOOL, e.kind());
    assertEquals("a condition must be a bool, but this expression is 'int'", e.message());
  }

  @Test
  void declaresEveryVariable() {
    for (ConditionVariable v : ConditionVariable.values()) {
      String literal =
          switch (v.type()) {
            case STRING -> "''";
            case INT -> "0";
            case DOUBLE -> "0.0";
            case BOOL -> "true";
          };
      assertTrue(compiler.compile(v.celName() + " == " + literal).ok(), v.celName());
    }
  }
}
