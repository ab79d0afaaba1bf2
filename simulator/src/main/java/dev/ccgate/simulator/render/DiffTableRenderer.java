package dev.ccgate.simulator.render;

import dev.ccgate.simulator.diff.GroupChange;
import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.diff.SessionChange;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * The terminal comparison of two policies, fitting {@code width} columns: the load, the summary
 * (old → new), every team, the developers and then the sessions the policies treated differently,
 * each session with what each policy did to it first.
 */
final class DiffTableRenderer implements DiffRenderer {
  private final int width;

  DiffTableRenderer(int width) {
    this.width = TableRenderer.budget(width);
  }

  @Override
  public void render(PolicyDiff d, Writer out) throws IOException {
    out.write(DiffSections.title(d) + "\n");
    ReportHeader.writeFacts(out, DiffSections.facts(d), width);
    ReportHeader.writeNotes(out, DiffSections.notes(d), width);
    out.write("\nSummary (old → new)\n");
    ReportHeader.writeFacts(out, DiffSections.summary(d), width);
    MoneyTable.write(
        out, "Teams", DiffSections.teamTitles(), 1, d.teams(), DiffSections::teamRow, width);
    List<GroupChange> developers = DiffSections.changedDevelopers(d);
    List<GroupChange> shown =
        developers.subList(0, Math.min(developers.size(), DiffSections.SHOWN_DEVELOPERS));
    MoneyTable.write(
        out,
        "Developers treated differently, largest change first",
        DiffSections.developerTitles(),
        2,
        shown,
        DiffSections::developerRow,
        width);
    more(out, DiffSections.more(shown.size(), developers.size(), "developers"));
    sessions(out, d);
  }

  private void sessions(Writer out, PolicyDiff d) throws IOException {
    out.write("\nSessions treated differently, with what each policy did first\n");
    List<SessionChange> changed = d.sessions();
    if (changed.isEmpty()) {
      out.write("  none\n");
      return;
    }
    List<SessionChange> shown =
        changed.subList(0, Math.min(changed.size(), DiffSections.SHOWN_SESSIONS));
    List<List<String>> rows = new ArrayList<>();
    for (SessionChange s : shown) {
      rows.add(DiffSections.sessionRow(s, d));
    }
    TextTable table =
        new TextTable(DiffSections.sessionTitles(), DiffSections.sessionNumeric(), rows).fit(width);
    table.header(out);
    for (int i = 0; i < shown.size(); i++) {
      table.row(out, rows.get(i));
      // Whole, on its own line: it is what simulate --explain takes.
      out.write("    session " + shown.get(i).session() + "\n");
      for (String event : DiffSections.events(shown.get(i), d)) {
        TextWrap.write(out, "    ", event, "         ", width);
      }
    }
    more(out, DiffSections.more(shown.size(), changed.size(), "sessions"));
  }

  private static void more(Writer out, String line) throws IOException {
    if (line != null) {
      out.write("  " + line + "\n");
    }
  }
}
