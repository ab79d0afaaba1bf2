package dev.ccgate.policy.load;

import java.util.List;

/** A policy file with errors, for callers that need a policy or nothing (simulate, serve). */
public final class InvalidPolicyException extends IllegalArgumentException {
  private static final long serialVersionUID = 1L;

  private final transient List<Problem> errors;

  /** An exception for {@code file} with its {@code errors}. */
  public InvalidPolicyException(String file, List<Problem> errors) {
    super(message(file, errors));
    this.errors = List.copyOf(errors);
  }

  /** The errors, sorted. */
  public List<Problem> errors() {
    return errors;
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
