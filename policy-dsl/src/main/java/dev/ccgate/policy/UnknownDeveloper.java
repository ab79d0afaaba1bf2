package dev.ccgate.policy;

/** What happens to a request whose developer the policy does not list. */
public enum UnknownDeveloper {
  /** Treat them as a member of {@code developers.default_team} with the default budget. */
  DEFAULT_TEAM,
  /** Refuse their requests (the gateway answers 401). */
  REJECT
}
