package dev.ccgate.kernel;

/** What caused part of a decision. */
public enum ReasonKind {
  /** A wallet reached a downgrade or pause stage. */
  STAGE,
  /** A {@code route_to} rule matched. */
  RULE,
  /** A per-family sub-wallet was full, so the request moved down the cascade. */
  SUB_WALLET_FULL,
  /**
   * The cheaper family's model would cost more for this request (e.g. a long-context premium), so
   * the request keeps its model.
   */
  NOT_CHEAPER,
  /** The developer is not in the policy and unknown developers are rejected. */
  UNKNOWN_DEVELOPER
}
