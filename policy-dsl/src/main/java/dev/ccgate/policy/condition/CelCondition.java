package dev.ccgate.policy.condition;

import dev.ccgate.policy.Condition;
import dev.ccgate.policy.ConditionInput;
import dev.ccgate.policy.ConditionVariable;
import dev.cel.runtime.CelEvaluationException;
import dev.cel.runtime.CelRuntime;
import dev.cel.runtime.CelVariableResolver;
import java.util.Optional;

/** A condition evaluated by the CEL interpreter, reading variables lazily from the input. */
final class CelCondition implements Condition {
  private final CelRuntime.Program program;

  CelCondition(CelRuntime.Program program) {
    this.program = program;
  }

  @Override
  public boolean test(ConditionInput input) {
    // A resolver instead of a Map activation: no map is built, and only the variables the
    // expression reaches are computed (stack-notes: ~300 ns instead of ~1,200 ns).
    CelVariableResolver resolver = name -> resolve(input, name);
    try {
      return program.eval(resolver) instanceof Boolean b && b;
    } catch (CelEvaluationException | RuntimeException e) {
      // Documented: an evaluation error makes the condition false.
      return false;
    }
  }

  private static Optional<Object> resolve(ConditionInput input, String name) {
    ConditionVariable variable = ConditionVariable.byName(name);
    return variable == null ? Optional.empty() : Optional.ofNullable(input.value(variable));
  }
}
