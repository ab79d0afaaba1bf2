package dev.ccgate.simulator.diff;

import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** Lines two simulations of the same traffic up into a {@link PolicyDiff}. Pure. */
public final class PolicyDiffer {
  private PolicyDiffer() {}

  /** The difference between {@code oldReport} and {@code newReport}. */
  public static PolicyDiff diff(SimulationReport oldReport, SimulationReport newReport) {
    List<GroupChange> teams = pair(oldReport.teams(), newReport.teams());
    teams.sort(
        Comparator.comparingLong(GroupChange::actualMicros)
            .reversed()
            .thenComparing(GroupChange::id));
    List<GroupChange> developers = pair(oldReport.developers(), newReport.developers());
    developers.sort(
        Comparator.comparingLong((GroupChange g) -> Math.abs(g.changeMicros()))
            .reversed()
            .thenComparing(GroupChange::id));
    return new PolicyDiff(
        oldReport,
        newReport,
        teams,
        developers,
        sessions(oldReport.sessions(), newReport.sessions()),
        warnings(oldReport.warnings(), newReport.warnings()));
  }

  private static List<GroupChange> pair(List<GroupResult> oldGroups, List<GroupResult> newGroups) {
    return join(oldGroups, newGroups, GroupResult::id, GroupChange::new, (a, b) -> true);
  }

  private static List<SessionChange> sessions(
      List<SessionResult> oldSessions, List<SessionResult> newSessions) {
    List<SessionChange> out =
        join(
            oldSessions,
            newSessions,
            SessionResult::session,
            SessionChange::new,
            SessionChange::differ);
    out.sort(Comparator.comparing(SessionChange::start).thenComparing(SessionChange::session));
    return out;
  }

  /** Keyed pairs of the two lists (a side is null where its list lacks the key). */
  private static <T, C> List<C> join(
      List<T> oldItems,
      List<T> newItems,
      Function<T, String> key,
      Pairing<T, C> change,
      BiPredicate<T, T> keep) {
    Map<String, T> byKey = new LinkedHashMap<>();
    newItems.forEach(n -> byKey.put(key.apply(n), n));
    List<C> out = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (T o : oldItems) {
      String k = key.apply(o);
      seen.add(k);
      T n = byKey.get(k);
      if (n == null || keep.test(o, n)) {
        out.add(change.apply(k, o, n));
      }
    }
    for (T n : newItems) {
      if (!seen.contains(key.apply(n))) {
        out.add(change.apply(key.apply(n), null, n));
      }
    }
    return out;
  }

  /** Makes the change of one key from its old and new item (either may be null). */
  @FunctionalInterface
  private interface Pairing<T, C> {
    C apply(String key, T oldItem, T newItem);
  }

  private static List<String> warnings(List<String> oldWarnings, List<String> newWarnings) {
    List<String> out = new ArrayList<>();
    for (String w : oldWarnings) {
      out.add(newWarnings.contains(w) ? w : "old policy: " + w);
    }
    for (String w : newWarnings) {
      if (!oldWarnings.contains(w)) {
        out.add("new policy: " + w);
      }
    }
    return out;
  }
}
