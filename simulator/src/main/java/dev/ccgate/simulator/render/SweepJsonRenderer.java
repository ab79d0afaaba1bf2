package dev.ccgate.simulator.render;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.ccgate.policy.Money;
import dev.ccgate.simulator.simulate.SimulationReport;
import dev.ccgate.simulator.sweep.SweepPoint;
import dev.ccgate.simulator.sweep.SweepResult;
import java.io.IOException;
import java.io.Writer;

/**
 * The JSON sweep, schema {@code ccgate.report.sweep/1} ({@code docs/report-schema.md}): one point
 * per limit, lowest first, with simulate's totals object and the swept team's object (or null).
 * Field order is fixed and money exact.
 */
final class SweepJsonRenderer implements SweepRenderer {
  /** The schema id; bump the number on any incompatible change. */
  static final String SCHEMA = "ccgate.report.sweep/1";

  @Override
  public void render(SweepResult s, Writer out) throws IOException {
    SimulationReport r = s.policyReport();
    JsonGenerator g = JsonRenderer.generator(out);
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    JsonRenderer.writeInputs(g, r.load());
    g.writeObjectFieldStart("sweep");
    g.writeStringField("policy", r.policy());
    g.writeStringField("timezone", r.zone().getId());
    g.writeStringField("prices_as_of", r.pricesAsOf());
    g.writeStringField("cache_model", r.cacheModel().id());
    g.writeStringField("budget", s.budget().id());
    g.writeFieldName("policy_limit_usd");
    if (s.policyLimitMicros() > 0) {
      g.writeNumber(Money.usd(s.policyLimitMicros()));
    } else {
      g.writeNull();
    }
    g.writeEndObject();
    g.writeArrayFieldStart("points");
    for (SweepPoint p : s.points()) {
      g.writeStartObject();
      g.writeFieldName("limit_usd");
      g.writeNumber(Money.usd(p.limitMicros()));
      g.writeBooleanField("policy_limit", p.policyLimit());
      g.writeFieldName("totals");
      SimulationJsonRenderer.object(g, SimulationFields.totals(p.totals()));
      if (p.team() == null) {
        g.writeNullField("team");
      } else {
        g.writeFieldName("team");
        SimulationJsonRenderer.object(g, SimulationFields.team(p.team()));
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    SimulationJsonRenderer.strings(g, "warnings", r.warnings());
    g.writeEndObject();
    g.flush();
    out.write("\n");
  }
}
