package dev.ccgate.simulator.render;

import dev.ccgate.policy.Money;
import dev.ccgate.simulator.diff.GroupChange;
import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.diff.SessionChange;
import dev.ccgate.simulator.render.SimulationFields.Field;
import java.util.ArrayList;
import java.util.List;

/**
 * The CSV columns of a comparison, in output order: the row's key, then each simulation field
 * twice, as {@code old_*} and {@code new_*} (empty where that policy's report lacks the row), then
 * {@code projected_change_usd}. The fields are {@link SimulationFields}', so a comparison's columns
 * are named as a simulation's are.
 */
final class DiffFields {
  private DiffFields() {}

  static List<Field> totals(PolicyDiff d) {
    return sides(
        List.of(),
        SimulationFields.totals(d.oldReport().totals()),
        SimulationFields.totals(d.newReport().totals()),
        d.changeMicros());
  }

  static List<Field> team(GroupChange g) {
    return sides(
        List.of(new Field("team", g.id())),
        SimulationFields.team(g.oldGroup() == null ? SimulationFields.EMPTY_GROUP : g.oldGroup()),
        SimulationFields.team(g.newGroup() == null ? SimulationFields.EMPTY_GROUP : g.newGroup()),
        g.oldGroup() == null,
        g.newGroup() == null,
        g.changeMicros());
  }

  static List<Field> developer(GroupChange g) {
    return sides(
        List.of(new Field("developer", g.id())),
        SimulationFields.developer(
            g.oldGroup() == null ? SimulationFields.EMPTY_GROUP : g.oldGroup()),
        SimulationFields.developer(
            g.newGroup() == null ? SimulationFields.EMPTY_GROUP : g.newGroup()),
        g.oldGroup() == null,
        g.newGroup() == null,
        g.changeMicros());
  }

  static List<Field> session(SessionChange s) {
    return sides(
        List.of(new Field("session", s.session())),
        SimulationFields.sessionRow(
            s.oldSession() == null ? SimulationFields.EMPTY_SESSION : s.oldSession()),
        SimulationFields.sessionRow(
            s.newSession() == null ? SimulationFields.EMPTY_SESSION : s.newSession()),
        s.oldSession() == null,
        s.newSession() == null,
        s.changeMicros());
  }

  /** The columns of a table with no rows. */
  static List<Field> emptyTeam() {
    return team(new GroupChange("", SimulationFields.EMPTY_GROUP, null));
  }

  static List<Field> emptyDeveloper() {
    return developer(new GroupChange("", SimulationFields.EMPTY_GROUP, null));
  }

  static List<Field> emptySession() {
    return session(new SessionChange("", SimulationFields.EMPTY_SESSION, null));
  }

  private static List<Field> sides(
      List<Field> key, List<Field> oldFields, List<Field> newFields, long changeMicros) {
    return sides(key, oldFields, newFields, false, false, changeMicros);
  }

  /**
   * {@code key}, then the two sides' fields prefixed (all empty for a missing side), less the
   * fields the key already names, then the change.
   */
  private static List<Field> sides(
      List<Field> key,
      List<Field> oldFields,
      List<Field> newFields,
      boolean oldMissing,
      boolean newMissing,
      long changeMicros) {
    List<Field> out = new ArrayList<>(key);
    prefixed(out, "old_", oldFields, key, oldMissing);
    prefixed(out, "new_", newFields, key, newMissing);
    out.add(new Field("projected_change_usd", Money.usd(changeMicros)));
    return out;
  }

  private static void prefixed(
      List<Field> out, String prefix, List<Field> fields, List<Field> key, boolean missing) {
    for (Field f : fields) {
      if (key.stream().noneMatch(k -> k.name().equals(f.name()))) {
        out.add(new Field(prefix + f.name(), missing ? null : f.value()));
      }
    }
  }
}
