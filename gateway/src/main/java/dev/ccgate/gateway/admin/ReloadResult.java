package dev.ccgate.gateway.admin;

import dev.ccgate.policy.load.Problem;
import java.util.List;

/**
 * What a reload did.
 *
 * @param applied true when the new policy is now enforced
 * @param problems the policy's findings (errors when refused; warnings may come with success)
 */
public record ReloadResult(boolean applied, List<Problem> problems) {
  /** Copies the problems. */
  public ReloadResult {
    problems = List.copyOf(problems);
  }
}
