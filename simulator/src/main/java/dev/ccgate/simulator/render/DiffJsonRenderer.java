package dev.ccgate.simulator.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccgate.policy.Money;
import dev.ccgate.simulator.diff.GroupChange;
import dev.ccgate.simulator.diff.PolicyDiff;
import dev.ccgate.simulator.diff.SessionChange;
import dev.ccgate.simulator.render.SimulationFields.Field;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.function.Function;

/**
 * The JSON comparison, schema {@code ccgate.report.diff/1} ({@code docs/report-schema.md}): each
 * row holds its {@code old} and {@code new} objects (those of {@code ccgate.report.simulate/1}, or
 * null where that policy's report lacks the row) and the change in projected spend. Field order is
 * fixed and money exact, so the same comparison is always the same bytes.
 */
final class DiffJsonRenderer implements DiffRenderer {
  /** The schema id; bump the number on any incompatible change. */
  static final String SCHEMA = "ccgate.report.diff/1";

  @Override
  public void render(PolicyDiff d, Writer out) throws IOException {
    JsonGenerator g = JsonRenderer.generator(out);
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    JsonRenderer.writeInputs(g, d.newReport().load());
    writeDiff(g, d);
    g.writeObjectFieldStart("totals");
    g.writeFieldName("old");
    SimulationJsonRenderer.object(g, SimulationFields.totals(d.oldReport().totals()));
    g.writeFieldName("new");
    SimulationJsonRenderer.object(g, SimulationFields.totals(d.newReport().totals()));
    change(g, d.changeMicros());
    g.writeEndObject();
    groups(g, "teams", "team", d.teams(), SimulationFields::team);
    groups(g, "developers", "developer", d.developers(), SimulationFields::developer);
    g.writeArrayFieldStart("sessions");
    for (SessionChange s : d.sessions()) {
      g.writeStartObject();
      g.writeStringField("session", s.session());
      session(g, "old", s.oldSession());
      session(g, "new", s.newSession());
      change(g, s.changeMicros());
      g.writeEndObject();
    }
    g.writeEndArray();
    SimulationJsonRenderer.strings(g, "warnings", d.warnings());
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void writeDiff(JsonGenerator g, PolicyDiff d) throws IOException {
    SimulationReport n = d.newReport();
    g.writeObjectFieldStart("diff");
    policy(g, "old", d.oldReport());
    policy(g, "new", n);
    g.writeStringField("cache_model", n.cacheModel().id());
    JsonRenderer.writeNullable(g, "from", n.from() == null ? null : n.from().toString());
    JsonRenderer.writeNullable(g, "to", n.to() == null ? null : n.to().toString());
    SimulationJsonRenderer.strings(g, "teams", n.teamFilter());
    SimulationJsonRenderer.strings(g, "developers", n.developerFilter());
    g.writeEndObject();
  }

  private static void policy(JsonGenerator g, String side, SimulationReport r) throws IOException {
    g.writeObjectFieldStart(side);
    g.writeStringField("policy", r.policy());
    g.writeStringField("timezone", r.zone().getId());
    g.writeStringField("prices_as_of", r.pricesAsOf());
    g.writeEndObject();
  }

  private static void groups(
      JsonGenerator g,
      String field,
      String key,
      List<GroupChange> groups,
      Function<GroupResult, List<Field>> fields)
      throws IOException {
    g.writeArrayFieldStart(field);
    for (GroupChange c : groups) {
      g.writeStartObject();
      g.writeStringField(key, c.id());
      side(g, "old", c.oldGroup() == null ? null : fields.apply(c.oldGroup()));
      side(g, "new", c.newGroup() == null ? null : fields.apply(c.newGroup()));
      change(g, c.changeMicros());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void side(JsonGenerator g, String name, List<Field> fields) throws IOException {
    if (fields == null) {
      g.writeNullField(name);
    } else {
      g.writeFieldName(name);
      SimulationJsonRenderer.object(g, fields);
    }
  }

  private static void session(JsonGenerator g, String name, SessionResult s) throws IOException {
    if (s == null) {
      g.writeNullField(name);
      return;
    }
    g.writeFieldName(name);
    SimulationJsonRenderer.session(g, s);
  }

  private static void change(JsonGenerator g, long micros) throws IOException {
    g.writeFieldName("projected_change_usd");
    g.writeNumber(Money.usd(micros));
  }
}
