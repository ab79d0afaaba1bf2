package dev.ccgate.policy.load;

import java.util.List;

/** A policy file with errors, for callers that need a policy or nothing (simulate, serve). */
public final class InvalidPolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient LoadResult result;

  /** An exception for a load that gave no policy; its message is the first error. */
  public InvalidPolicyException(LoadResult result) {
    super(message(result.file(), result.errors()));
    this.result = result;
  }

  /** The errors, sorted. */
  public List<Problem> errors() {
    return result.errors();
  }

  /** The whole load: every problem, warnings too, for printing them all. */
  public LoadResult result() {
    return result;
  }

  private static String message(String file, List<Problem> errors) {
    if (errors.isEmpty()) {
      return "invalid policy " + file;
    }
    Problem first = errors.get(0);
    String more =
        errors.size() > 1 ? " (and " + (errors.size() - 1) + " more; run ccgate validate)" : "";
    return first.file() + ":" + first.position() + ": " + first.message() + more;
  }
}
