package dev.ccgate.simulator.replay;

import dev.ccgate.kernel.Kernel;
import dev.ccgate.kernel.WalletPath;
import dev.ccgate.simulator.store.RequestBatch;
import java.util.Arrays;

/**
 * Each developer's wallet path, asked of the kernel once per developer (and team attribute) of a
 * replay instead of once per request: at 13,600 developers, hashing and comparing the name on every
 * request cost a tenth of the replay. Keyed by the batches' dense developer codes; a developer seen
 * with another team attribute is looked up again (the path of a developer the policy does not list
 * depends on it).
 */
final class DeveloperPaths {
  private final Kernel kernel;
  private WalletPath[] paths = new WalletPath[1024];
  // The team code each cached path was looked up with, plus one; 0 where nothing is cached yet (a
  // cached null path is a developer the policy rejects).
  private int[] teams = new int[1024];

  DeveloperPaths(Kernel kernel) {
    this.kernel = kernel;
  }

  /** The path of row {@code i}'s developer, as {@link Kernel#path} gives it. */
  WalletPath of(RequestBatch b, int i) {
    int developer = b.developerCode(i);
    int team = b.teamCode(i) + 1;
    if (developer < teams.length && teams[developer] == team) {
      return paths[developer];
    }
    if (developer >= teams.length) {
      int size = Math.max(developer + 1, teams.length * 2);
      paths = Arrays.copyOf(paths, size);
      teams = Arrays.copyOf(teams, size);
    }
    WalletPath path = kernel.path(b.developer(i), b.team(i));
    paths[developer] = path;
    teams[developer] = team;
    return path;
  }
}
