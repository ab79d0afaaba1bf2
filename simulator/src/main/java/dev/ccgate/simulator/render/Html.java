package dev.ccgate.simulator.render;

import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The pieces of ccgate's HTML files: the page (inline CSS, nothing fetched), fact lists, tables and
 * escaping. Markup is kept well-formed XML: every element closed, every text escaped.
 */
final class Html {
  private static final String STYLE =
      "body{font:14px/1.4 system-ui,sans-serif;margin:2em;color:#1a202c;max-width:60em}"
          + "dl{display:grid;grid-template-columns:max-content auto;gap:.2em 1em}"
          + "dt{font-weight:600}dd{margin:0}table{border-collapse:collapse;margin:.5em 0 1.5em}"
          + "th,td{padding:.2em .6em;border-bottom:1px solid #e2e8f0;text-align:left}"
          + "td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}"
          + ".notes li{color:#9c4221}svg{display:block;margin:.5em 0 1.5em}"
          + "svg text{font:11px system-ui,sans-serif;fill:#4a5568}";

  private Html() {}

  /** The page's head and its {@code <h1>}. */
  static void start(Writer out, String title) throws IOException {
    out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\"/>\n");
    out.write("<title>" + esc(title) + "</title>\n<style>" + STYLE + "</style>\n</head>\n<body>\n");
    out.write("<h1>" + esc(title) + "</h1>\n");
  }

  /** The page's end. */
  static void end(Writer out) throws IOException {
    out.write("</body>\n</html>\n");
  }

  static void facts(Writer out, List<ReportHeader.Fact> facts) throws IOException {
    out.write("<dl>\n");
    for (ReportHeader.Fact f : facts) {
      out.write("<dt>" + esc(f.label()) + "</dt><dd>" + esc(f.value()) + "</dd>\n");
    }
    out.write("</dl>\n");
  }

  static void table(
      Writer out,
      String heading,
      List<String> titles,
      List<Boolean> numeric,
      List<List<String>> rows)
      throws IOException {
    out.write("<h2>" + esc(heading) + "</h2>\n");
    if (rows.isEmpty()) {
      out.write("<p>None.</p>\n");
      return;
    }
    out.write("<table>\n<tr>");
    for (int i = 0; i < titles.size(); i++) {
      out.write(cell("th", numeric.get(i), titles.get(i)));
    }
    out.write("</tr>\n");
    for (List<String> row : rows) {
      out.write("<tr>");
      for (int i = 0; i < row.size(); i++) {
        out.write(cell("td", numeric.get(i), row.get(i)));
      }
      out.write("</tr>\n");
    }
    out.write("</table>\n");
  }

  private static String cell(String tag, boolean numeric, String text) {
    return "<" + tag + (numeric ? " class=\"n\"" : "") + ">" + esc(text) + "</" + tag + ">";
  }

  /** Text safe in element content and attribute values. */
  static String esc(String s) {
    StringBuilder b = new StringBuilder(s.length() + 8);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> b.append("&amp;");
        case '<' -> b.append("&lt;");
        case '>' -> b.append("&gt;");
        case '"' -> b.append("&quot;");
        case '\'' -> b.append("&#39;");
        default -> b.append(c);
      }
    }
    return b.toString();
  }
}
