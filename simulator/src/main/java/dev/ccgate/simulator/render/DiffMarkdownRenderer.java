package dev.ccgate.simulator.render;

import dev.ccgate.simulator.diff.GroupChange;
import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.diff.SessionChange;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/** A Markdown comparison: the same sections as the table, as lists and pipe tables. */
final class DiffMarkdownRenderer implements DiffRenderer {
  @Override
  public void render(PolicyDiff d, Writer out) throws IOException {
    out.write("# " + DiffSections.title(d) + "\n\n");
    MarkdownRenderer.facts(out, DiffSections.facts(d), DiffSections.notes(d));
    out.write("## Summary (old → new)\n\n");
    MarkdownRenderer.facts(out, DiffSections.summary(d), List.of());
    List<List<String>> teams = new ArrayList<>();
    for (GroupChange t : d.teams()) {
      teams.add(DiffSections.teamRow(t, Numbers::dollars));
    }
    SimulationMarkdownRenderer.section(out, "Teams", DiffSections.teamTitles(), 1, teams);
    List<GroupChange> changed = DiffSections.changedDevelopers(d);
    List<GroupChange> shown =
        changed.subList(0, Math.min(changed.size(), DiffSections.SHOWN_DEVELOPERS));
    List<List<String>> developers = new ArrayList<>();
    for (GroupChange g : shown) {
      developers.add(DiffSections.developerRow(g, Numbers::dollars));
    }
    SimulationMarkdownRenderer.section(
        out,
        "Developers treated differently, largest change first",
        DiffSections.developerTitles(),
        2,
        developers);
    more(out, DiffSections.more(shown.size(), changed.size(), "developers"));
    sessions(out, d);
  }

  private static void sessions(Writer out, PolicyDiff d) throws IOException {
    out.write("## Sessions treated differently\n\n");
    if (d.sessions().isEmpty()) {
      out.write("None.\n");
      return;
    }
    List<SessionChange> shown =
        d.sessions().subList(0, Math.min(d.sessions().size(), DiffSections.SHOWN_SESSIONS));
    List<String> titles = new ArrayList<>(DiffSections.sessionTitles());
    titles.add(1, "session");
    titles.add("first events");
    List<Boolean> numeric = new ArrayList<>(DiffSections.sessionNumeric());
    numeric.add(1, false);
    numeric.add(false);
    List<List<String>> rows = new ArrayList<>();
    for (SessionChange s : shown) {
      List<String> row = new ArrayList<>(DiffSections.sessionRow(s, d));
      row.add(1, s.session());
      row.add(String.join("; ", DiffSections.events(s, d)));
      rows.add(row);
    }
    MarkdownRenderer.table(out, titles, numeric, rows);
    String more = DiffSections.more(shown.size(), d.sessions().size(), "sessions");
    if (more != null) {
      out.write("\n" + more + "\n");
    }
  }

  private static void more(Writer out, String line) throws IOException {
    if (line != null) {
      out.write(line + "\n\n");
    }
  }
}
