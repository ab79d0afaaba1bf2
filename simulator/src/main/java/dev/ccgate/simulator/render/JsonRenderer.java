package dev.ccgate.simulator.render;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import dev.ccgate.policy.Money;
import dev.ccgate.simulator.load.LoadReport;
import dev.ccgate.simulator.load.ModelCount;
import dev.ccgate.simulator.load.Rejection;
import dev.ccgate.simulator.report.Dimension;
import dev.ccgate.simulator.report.SpendReport;
import dev.ccgate.simulator.report.SpendRow;
import dev.ccgate.simulator.report.SpendTotals;
import java.io.IOException;
import java.io.Writer;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The JSON report, schema {@code ccgate.report.spend/1} ({@code docs/report-schema.md}). Field
 * order is fixed, lines end in LF, money is an exact decimal number of USD: the same report is
 * always the same bytes.
 */
final class JsonRenderer implements ReportRenderer {
  /** The schema id; bump the number on any incompatible change. */
  static final String SCHEMA = "ccgate.report.spend/1";

  /** The count and cost fields of a row or of the totals, in output order. */
  static final List<String> TOTAL_FIELDS =
      List.of(
          "requests",
          "input_tokens",
          "output_tokens",
          "cache_creation_5m_input_tokens",
          "cache_creation_1h_input_tokens",
          "cache_read_input_tokens",
          "web_search_requests",
          "cost_usd");

  @Override
  public void render(SpendReport r, Writer out) throws IOException {
    JsonGenerator g = generator(out);
    g.writeStartObject();
    g.writeStringField("schema", SCHEMA);
    writeInputs(g, r.load());
    writeQuery(g, r);
    g.writeFieldName("totals");
    writeTotals(g, r.totals(), true);
    g.writeArrayFieldStart("rows");
    for (SpendRow row : r.rows()) {
      g.writeStartObject();
      if (r.by().period() != null) {
        g.writeStringField("period", row.period());
      }
      List<Dimension> dims = r.by().dimensions();
      for (int i = 0; i < dims.size(); i++) {
        g.writeStringField(dims.get(i).id(), row.keys().get(i));
      }
      writeTotals(g, row.totals(), false);
      g.writeEndObject();
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

  /** Writes the {@code inputs} object: the load's accounting, shared by every JSON report. */
  static void writeInputs(JsonGenerator g, LoadReport l) throws IOException {
    g.writeObjectFieldStart("inputs");
    g.writeArrayFieldStart("traces");
    for (String t : l.inputs()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeNumberField("files", l.files());
    g.writeObjectFieldStart("files_by_format");
    for (Map.Entry<String, Long> e : l.filesByFormat().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeArrayFieldStart("skipped_files");
    for (String s : l.skippedFiles()) {
      g.writeString(s);
    }
    g.writeEndArray();
    g.writeNumberField("lines_read", l.linesRead());
    g.writeNumberField("records_read", l.rowsRead());
    g.writeNumberField("duplicates_dropped", l.duplicates());
    g.writeNumberField("requests", l.requests());
    g.writeNumberField("lines_rejected", l.rejected());
    g.writeArrayFieldStart("rejections");
    for (Rejection rej : l.rejections()) {
      g.writeStartObject();
      g.writeStringField("file", rej.file());
      g.writeNumberField("line", rej.line());
      g.writeStringField("reason", rej.reason());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("unknown_models");
    for (ModelCount m : l.unknownModels()) {
      g.writeStartObject();
      g.writeStringField("model", m.model());
      g.writeNumberField("requests", m.requests());
      g.writeStringField("priced_as", m.pricedAs());
      g.writeEndObject();
    }
    g.writeEndArray();
    writeInstant(g, "first_request", l.first());
    writeInstant(g, "last_request", l.last());
    g.writeBooleanField("database_reused", l.reused());
    g.writeEndObject();
  }

  /** A generator that indents with two spaces and ends lines with LF on every platform. */
  static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = new JsonFactory().createGenerator(out);
    DefaultPrettyPrinter pp = new DefaultPrettyPrinter();
    DefaultIndenter lf = new DefaultIndenter("  ", "\n");
    pp.indentObjectsWith(lf);
    pp.indentArraysWith(lf);
    g.setPrettyPrinter(pp);
    return g;
  }

  private static void writeQuery(JsonGenerator g, SpendReport r) throws IOException {
    g.writeObjectFieldStart("report");
    g.writeStringField("by", r.by().spec());
    if (r.by().period() == null) {
      g.writeNullField("period");
    } else {
      g.writeStringField("period", r.by().period().name().toLowerCase(java.util.Locale.ROOT));
    }
    g.writeArrayFieldStart("dimensions");
    for (Dimension d : r.by().dimensions()) {
      g.writeString(d.id());
    }
    g.writeEndArray();
    g.writeStringField("timezone", r.zone().getId());
    writeNullable(g, "from", r.from() == null ? null : r.from().toString());
    writeNullable(g, "to", r.to() == null ? null : r.to().toString());
    g.writeArrayFieldStart("teams");
    for (String t : r.teams()) {
      g.writeString(t);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("developers");
    for (String d : r.developers()) {
      g.writeString(d);
    }
    g.writeEndArray();
    g.writeStringField("prices_as_of", r.pricesAsOf());
    writeNullable(g, "policy", r.policy());
    g.writeEndObject();
  }

  private static void writeTotals(JsonGenerator g, SpendTotals t, boolean wrap) throws IOException {
    if (wrap) {
      g.writeStartObject();
    }
    g.writeNumberField(TOTAL_FIELDS.get(0), t.requests());
    g.writeNumberField(TOTAL_FIELDS.get(1), t.inputTokens());
    g.writeNumberField(TOTAL_FIELDS.get(2), t.outputTokens());
    g.writeNumberField(TOTAL_FIELDS.get(3), t.cacheWrite5m());
    g.writeNumberField(TOTAL_FIELDS.get(4), t.cacheWrite1h());
    g.writeNumberField(TOTAL_FIELDS.get(5), t.cacheRead());
    g.writeNumberField(TOTAL_FIELDS.get(6), t.webSearches());
    g.writeFieldName(TOTAL_FIELDS.get(7));
    g.writeNumber(Money.usd(t.costMicros()));
    if (wrap) {
      g.writeEndObject();
    }
  }

  private static void writeInstant(JsonGenerator g, String field, Instant t) throws IOException {
    writeNullable(g, field, t == null ? null : t.toString());
  }

  static void writeNullable(JsonGenerator g, String field, String value) throws IOException {
    if (value == null) {
      g.writeNullField(field);
    } else {
      g.writeStringField(field, value);
    }
  }
}
