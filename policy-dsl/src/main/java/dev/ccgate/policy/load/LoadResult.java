package dev.ccgate.policy.load;

import dev.ccgate.policy.Policy;
import java.util.List;
import java.util.Objects;

/**
 * What loading one policy file gave: the policy (null when any problem is an error) and every
 * problem found, sorted.
 */
public record LoadResult(String file, Policy policy, List<Problem> problems) {
  /** Copies the problems. */
  public LoadResult {
    Objects.requireNonNull(file, "file");
    problems = List.copyOf(problems);
  }

  /** True when the policy loaded (there may still be warnings). */
  public boolean ok() {
    return policy != null;
  }

  /** The errors only. */
  public List<Problem> errors() {
    return problems.stream().filter(Problem::isError).toList();
  }

  /** The warnings only. */
  public List<Problem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /** The policy, or an {@link InvalidPolicyException} listing the errors. */
  public Policy orThrow() {
    if (policy == null) {
      throw new InvalidPolicyException(this);
    }
    return policy;
  }
}
