package dev.ccgate.kernel;

import dev.ccgate.policy.Period;
import java.util.Objects;

/**
 * Names one wallet: {@code developer:alice@example.com:daily}, {@code team:platform:monthly},
 * {@code team:platform:opus:daily} (a per-family sub-wallet) or {@code org:monthly}. Wallets are
 * keyed by name, not by policy object, so spend survives a policy reload.
 */
public final class WalletId implements Comparable<WalletId> {
  private final Scope scope;
  private final String owner;
  private final String family;
  private final Period period;
  private final String key;
  // Cached so a ledger lookup need not reach into the key string (a cache miss per wallet).
  private final int hash;

  private WalletId(Scope scope, String owner, String family, Period period) {
    this.scope = Objects.requireNonNull(scope, "scope");
    this.owner = Objects.requireNonNull(owner, "owner");
    this.family = family;
    this.period = Objects.requireNonNull(period, "period");
    StringBuilder b = new StringBuilder(scope.key());
    if (scope != Scope.ORG) {
      b.append(':').append(owner);
    }
    if (family != null) {
      b.append(':').append(family);
    }
    this.key = b.append(':').append(period.key()).toString();
    this.hash = key.hashCode();
  }

  /** A developer's personal wallet. */
  public static WalletId developer(String developer, Period period) {
    return new WalletId(Scope.DEVELOPER, developer, null, period);
  }

  /** A team's wallet. */
  public static WalletId team(String team, Period period) {
    return new WalletId(Scope.TEAM, team, null, period);
  }

  /** A team's sub-wallet for one model family. */
  public static WalletId teamFamily(String team, String family, Period period) {
    return new WalletId(Scope.TEAM, team, Objects.requireNonNull(family, "family"), period);
  }

  /** The org's wallet. */
  public static WalletId org(Period period) {
    return new WalletId(Scope.ORG, "org", null, period);
  }

  /** Whose wallet this is. */
  public Scope scope() {
    return scope;
  }

  /** The developer or team id ({@code org} for the org). */
  public String owner() {
    return owner;
  }

  /** The family of a sub-wallet, or null. */
  public String family() {
    return family;
  }

  /** The wallet's period. */
  public Period period() {
    return period;
  }

  /** True for a per-family sub-wallet. */
  public boolean isSubWallet() {
    return family != null;
  }

  /** The stable string form, e.g. {@code team:platform:daily}. */
  public String key() {
    return key;
  }

  @Override
  public boolean equals(Object o) {
    return this == o
        || (o instanceof WalletId other && hash == other.hash && key.equals(other.key));
  }

  @Override
  public int hashCode() {
    return hash;
  }

  @Override
  public int compareTo(WalletId o) {
    return key.compareTo(o.key);
  }

  @Override
  public String toString() {
    return key;
  }
}
