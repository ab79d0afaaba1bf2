package dev.ccgate.policy.load;

import dev.ccgate.policy.Stage;
import dev.ccgate.policy.StageAction;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Reads a {@code stages:} list ({@code {at, action, steps, when}} items) and warns about legal but
 * suspicious ones. Stages come back sorted by {@code at}.
 */
final class StagesReader {
  /** The stages a policy without {@code stages:} gets: 80% alert, 95% downgrade 1, 110% pause. */
  static final List<Stage> DEFAULT =
      List.of(
          Stage.of(8_000, StageAction.ALERT, 0),
          Stage.of(9_500, StageAction.DOWNGRADE, 1),
          Stage.of(11_000, StageAction.PAUSE, 0));

  private static final List<String> KEYS = List.of("at", "action", "steps", "when");
  private static final List<String> ACTIONS =
      List.of(StageAction.ALERT.key(), StageAction.DOWNGRADE.key(), StageAction.PAUSE.key());
  private static final int FULL = 10_000;

  private final Values values;
  private final Problems problems;
  private final WhenReader when;

  StagesReader(Values values, WhenReader when) {
    this.values = values;
    this.problems = values.problems();
    this.when = when;
  }

  /** The stages at {@code node} (present), sorted by {@code at}; null after an error. */
  List<Stage> read(YamlNode node, String path) {
    YamlSeq seq = values.seq(node, path, "[{at: 80%, action: alert}, {at: 110%, action: pause}]");
    if (seq == null) {
      return null;
    }
    List<Positioned> stages = new ArrayList<>();
    boolean failed = false;
    for (int i = 0; i < seq.items().size(); i++) {
      YamlNode item = seq.items().get(i);
      Stage stage = stage(item, path + "[" + i + "]");
      if (stage == null) {
        failed = true;
      } else {
        stages.add(new Positioned(stage, item.mark()));
      }
    }
    if (stages.isEmpty() && !failed) {
      problems.warning(
          "no-stages",
          seq.mark(),
          path + " is empty: budgets under it never alert, downgrade or pause",
          "leave stages out for the default 80% alert, 95% downgrade, 110% pause");
    }
    // The stages that did read are still checked, so one run shows every problem.
    List<Stage> sorted = check(stages, path);
    return failed ? null : sorted;
  }

  private Stage stage(YamlNode item, String path) {
    YamlMap map = values.map(item, path, "{at: 80%, action: alert}");
    if (map == null) {
      if (item instanceof YamlScalar) {
        values.scalar(item, path, "a map such as {at: 80%, action: alert}");
      }
      return null;
    }
    Section s = new Section(map, path, problems, KEYS);
    Integer at = required(s, "at") ? values.percent(s.get("at"), s.path("at")) : null;
    StageAction action = required(s, "action") ? action(s.get("action"), s.path("action")) : null;
    Integer steps = steps(s, action);
    WhenReader.When condition = when.read(s.get("when"), s.path("when"));
    if (at == null || action == null || steps == null || condition == null) {
      return null;
    }
    return new Stage(at, action, steps, condition.condition(), condition.source());
  }

  private boolean required(Section s, String key) {
    if (s.has(key)) {
      return true;
    }
    problems.error(
        "missing-key",
        s.mark(),
        s.path() + " needs '" + key + "'",
        "e.g. {at: 80%, action: alert}");
    return false;
  }

  private StageAction action(YamlNode node, String path) {
    String text = values.text(node, path, "one of " + String.join(", ", ACTIONS));
    if (text == null) {
      return null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    for (StageAction action : StageAction.values()) {
      if (action.key().equals(key)) {
        return action;
      }
    }
    problems.error(
        "bad-action",
        node.mark(),
        "unknown stage action '" + text + "' at " + path,
        Suggestions.hint(key, ACTIONS));
    return null;
  }

  private Integer steps(Section s, StageAction action) {
    if (!s.has("steps")) {
      return action == StageAction.DOWNGRADE ? 1 : 0;
    }
    if (action != null && action != StageAction.DOWNGRADE) {
      problems.error(
          "steps-not-allowed",
          s.keyMark("steps"),
          s.path("steps") + ": only a downgrade stage moves down the cascade",
          "remove 'steps', or make it {action: downgrade, steps: 1}");
      return null;
    }
    Integer steps = values.integer(s.get("steps"), s.path("steps"), 1);
    return action == null ? null : steps;
  }

  private List<Stage> check(List<Positioned> stages, String path) {
    for (int i = 1; i < stages.size(); i++) {
      if (stages.get(i).stage.atBasisPoints() < stages.get(i - 1).stage.atBasisPoints()) {
        problems.warning(
            "stages-unsorted",
            stages.get(i).mark,
            path + " is not in order of 'at'; ccgate sorts it",
            "list stages from the lowest percentage up, as they fire");
        break;
      }
    }
    List<Positioned> sorted =
        stages.stream().sorted(Comparator.comparingInt(p -> p.stage.atBasisPoints())).toList();
    // The lowest pause that applies to every request: nothing above it can downgrade.
    Integer firstPause =
        sorted.stream()
            .map(p -> p.stage)
            .filter(st -> st.action() == StageAction.PAUSE && st.whenSource() == null)
            .map(Stage::atBasisPoints)
            .findFirst()
            .orElse(null);
    for (Positioned p : sorted) {
      Stage stage = p.stage;
      if (stage.action() == StageAction.PAUSE && stage.atBasisPoints() < FULL) {
        problems.warning(
            "pause-below-100",
            p.mark,
            "a pause at "
                + Percent.format(stage.atBasisPoints())
                + " stops work before the"
                + " budget is spent",
            "pause at 100% or more, and alert or downgrade before it");
      }
      if (stage.action() == StageAction.DOWNGRADE
          && firstPause != null
          && stage.atBasisPoints() >= firstPause) {
        problems.warning(
            "unreachable-stage",
            p.mark,
            "the downgrade at "
                + Percent.format(stage.atBasisPoints())
                + " never fires: the wallet is already paused at "
                + Percent.format(firstPause),
            "move it below the pause stage");
      }
    }
    return sorted.stream().map(p -> p.stage).toList();
  }

  private record Positioned(Stage stage, Mark mark) {}
}
