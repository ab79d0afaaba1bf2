package dev.ccgate.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Where a developer's requests are charged: their resolved team and every budgeted wallet on the
 * path (developer, team, org; each period), plus the team's per-family sub-wallets.
 */
public final class WalletPath {
  private final String developer;
  private final String team;
  private final String managerName;
  private final List<WalletPlan> wallets;
  private final Map<String, List<WalletPlan>> subWallets;
  private final List<WalletId> ids;

  WalletPath(
      String developer,
      String team,
      String managerName,
      List<WalletPlan> wallets,
      Map<String, List<WalletPlan>> subWallets) {
    this.developer = developer;
    this.team = team;
    this.managerName = managerName;
    this.wallets = List.copyOf(wallets);
    this.subWallets = Map.copyOf(subWallets);
    this.ids = this.wallets.stream().map(WalletPlan::id).toList();
  }

  /** The canonical developer id (an alias resolves to it). */
  public String developer() {
    return developer;
  }

  /** The team the developer's requests are charged to. */
  public String team() {
    return team;
  }

  /** The team manager's name, or null. */
  public String managerName() {
    return managerName;
  }

  /** The ids of the budgeted wallets on the path, developer first, then team, then org. */
  public List<WalletId> walletIds() {
    return ids;
  }

  /**
   * The limit of the budgeted wallet {@code id} on this path, in micro-dollars, or 0 when the path
   * has no such wallet (reports show wallet percentages with it).
   */
  public long limitMicros(WalletId id) {
    for (WalletPlan wallet : wallets) {
      if (wallet.id().equals(id)) {
        return wallet.limitMicros();
      }
    }
    return 0;
  }

  /**
   * The ids a request that used {@code family} is charged to: every budgeted wallet on the path,
   * then that family's sub-wallets (what {@code settle} adds the cost to).
   */
  public List<WalletId> chargedIds(String family) {
    List<WalletPlan> subs = subWallets(family);
    if (subs.isEmpty()) {
      return ids;
    }
    List<WalletId> out = new ArrayList<>(ids.size() + subs.size());
    out.addAll(ids);
    subs.forEach(s -> out.add(s.id()));
    return List.copyOf(out);
  }

  /**
   * Every wallet {@code decide} may read: the path's budgeted wallets, then every family's
   * sub-wallets (sorted by id, so the order does not depend on map iteration).
   */
  public List<WalletId> readIds() {
    if (subWallets.isEmpty()) {
      return ids;
    }
    SortedSet<WalletId> subs = new TreeSet<>();
    subWallets.values().forEach(plans -> plans.forEach(p -> subs.add(p.id())));
    List<WalletId> out = new ArrayList<>(ids.size() + subs.size());
    out.addAll(ids);
    out.addAll(subs);
    return List.copyOf(out);
  }

  List<WalletPlan> wallets() {
    return wallets;
  }

  /** The sub-wallets of {@code family} (one per period), or an empty list. */
  List<WalletPlan> subWallets(String family) {
    if (subWallets.isEmpty()) {
      // Most teams have none. Checked first because the empty map's get() probed its table: a
      // tenth of a replay's main-thread samples, for a lookup made on every request.
      return List.of();
    }
    List<WalletPlan> plans = subWallets.get(family);
    return plans == null ? List.of() : plans;
  }
}
