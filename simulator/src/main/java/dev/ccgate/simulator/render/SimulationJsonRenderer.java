package dev.ccgate.simulator.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccgate.simulator.render.SimulationFields.Field;
import dev.ccgate.simulator.simulate.AlertResult;
import dev.ccgate.simulator.simulate.ChannelCount;
import dev.ccgate.simulator.simulate.GroupResult;
import dev.ccgate.simulator.simulate.SessionResult;
import dev.ccgate.simulator.simulate.SimulationReport;
import java.io.IOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON simulation report, schema {@code ccgate.report.simulate/1} ({@code
 * docs/report-schema.md}). Field order is fixed, lines end in LF, money is an exact decimal number
 * of USD: the same replay is always the same bytes.
 */
final class SimulationJsonRenderer implements SimulationRenderer {
  /** The schema id; bump the number on any incompatible change. */
  static final String SCHEMA = "ccgate.report.simulate/1";

  @Override
  public void render(SimulationReport r, Writer out) throws IOException {
    JsonGenerator g = JsonRenderer.generator(out);
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    JsonRenderer.writeInputs(g, r.load());
    writeSimulation(g, r);
    g.writeFieldName("totals");
    object(g, SimulationFields.totals(r.totals()));
    g.writeArrayFieldStart("alerts_by_channel");
    for (ChannelCount c : r.channels()) {
      g.writeStartObject();
      JsonRenderer.writeNullable(g, "channel", c.channel());
      g.writeNumberField("alerts", c.alerts());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("teams");
    for (GroupResult t : r.teams()) {
      object(g, SimulationFields.team(t));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("developers");
    for (GroupResult d : r.developers()) {
      object(g, SimulationFields.developer(d));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("sessions");
    for (SessionResult s : r.sessions()) {
      session(g, s);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("alerts");
    for (AlertResult a : r.alerts()) {
      object(g, SimulationFields.alert(a));
    }
    g.writeEndArray();
    g.writeArrayFieldStart("warnings");
    for (String w : r.warnings()) {
      g.writeString(w);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }

  private static void writeSimulation(JsonGenerator g, SimulationReport r) throws IOException {
    g.writeObjectFieldStart("simulation");
    g.writeStringField("policy", r.policy());
    g.writeStringField("timezone", r.zone().getId());
    g.writeStringField("prices_as_of", r.pricesAsOf());
    g.writeStringField("cache_model", r.cacheModel().id());
    JsonRenderer.writeNullable(g, "from", r.from() == null ? null : r.from().toString());
    JsonRenderer.writeNullable(g, "to", r.to() == null ? null : r.to().toString());
    strings(g, "teams", r.teamFilter());
    strings(g, "developers", r.developerFilter());
    g.writeEndObject();
  }

  /** A session's object, its first event nested (null when clean). */
  static void session(JsonGenerator g, SessionResult s) throws IOException {
    g.writeStartObject();
    fields(g, SimulationFields.session(s));
    if (s.firstEvent() == null) {
      g.writeNullField("first_event");
    } else {
      g.writeFieldName("first_event");
      object(g, SimulationFields.event(s.firstEvent()));
    }
    g.writeEndObject();
  }

  static void strings(JsonGenerator g, String field, List<String> values) throws IOException {
    g.writeArrayFieldStart(field);
    for (String v : values) {
      g.writeString(v);
    }
    g.writeEndArray();
  }

  static void object(JsonGenerator g, List<Field> fields) throws IOException {
    g.writeStartObject();
    fields(g, fields);
    g.writeEndObject();
  }

  static void fields(JsonGenerator g, List<Field> fields) throws IOException {
    for (Field f : fields) {
      Object v = f.value();
      if (v == null) {
        g.writeNullField(f.name());
      } else if (v instanceof Boolean b) {
        g.writeBooleanField(f.name(), b);
      } else if (v instanceof Long n) {
        g.writeNumberField(f.name(), n);
      } else if (v instanceof BigDecimal d) {
        g.writeFieldName(f.name());
        g.writeNumber(d);
      } else {
        g.writeStringField(f.name(), v.toString());
      }
    }
  }
}
