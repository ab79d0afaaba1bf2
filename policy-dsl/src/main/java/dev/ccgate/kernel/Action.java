package dev.ccgate.kernel;

/** What the kernel decided for a request. */
public enum Action {
  /** Forward as asked. */
  ALLOW,
  /** Forward to a cheaper family because a downgrade stage or a full sub-wallet says so. */
  DOWNGRADE,
  /** Forward to a cheaper family because a {@code route_to} rule matched. */
  ROUTE,
  /** Refuse: a wallet on the request's path is at a pause stage. */
  PAUSE,
  /** Refuse: the developer is not in the policy and the policy says {@code unknown: reject}. */
  REJECT;

  /** True when the request does not go upstream. */
  public boolean refuses() {
    return this == PAUSE || this == REJECT;
  }
}
