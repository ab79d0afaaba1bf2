package dev.ccgate.policy.condition;

import dev.ccgate.policy.ConditionInput;
import dev.ccgate.policy.ConditionVariable;
import java.util.EnumMap;
import java.util.Map;

/** A condition input backed by a map; a variable it lacks reads as null (missing). */
final class TestInput implements ConditionInput {
  private final Map<ConditionVariable, Object> values = new EnumMap<>(ConditionVariable.class);

  TestInput with(ConditionVariable variable, Object value) {
    values.put(variable, value);
    return this;
  }

  @Override
  public Object value(ConditionVariable variable) {
    return values.get(variable);
  }

  @Override
  public String toString() {
    return values.toString();
  }
}
