package dev.ccgate.cli;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.ExitCode;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccgate status}: a running gateway's wallets, read from its admin API. */
@Command(
    name = "status",
    mixinStandardHelpOptions = true,
    description = {
      "Print a running gateway's wallets: spend, limit, percent and reset time.",
      "The token comes from --admin-token or CCGATE_ADMIN_TOKEN."
    })
final class StatusCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(
      names = "--url",
      defaultValue = "http://127.0.0.1:8787",
      paramLabel = "URL",
      description = "The gateway (default: ${DEFAULT-VALUE}).")
  URI url;

  @Option(
      names = "--admin-token",
      defaultValue = "${env:CCGATE_ADMIN_TOKEN}",
      paramLabel = "TOKEN",
      description = "The gateway's admin token (default: $CCGATE_ADMIN_TOKEN).")
  String adminToken;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  /** One row of the table. */
  record Row(String wallet, String spent, String limit, String percent, String reset) {}

  @Override
  public Integer call() throws Exception {
    if (adminToken == null || adminToken.isBlank()) {
      throw new IllegalArgumentException(
          "no admin token: pass --admin-token or set CCGATE_ADMIN_TOKEN");
    }
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    HttpRequest request =
        HttpRequest.newBuilder(url.resolve("/admin/wallets"))
            .header("authorization", "Bearer " + adminToken)
            .timeout(Duration.ofSeconds(10))
            .GET()
            .build();
    HttpResponse<String> response =
        client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    if (response.statusCode() != 200) {
      throw new IOException(
          url
              + " answered "
              + response.statusCode()
              + (response.statusCode() == 401 ? " (wrong admin token)" : "")
              + (response.statusCode() == 404 ? " (admin API off: start serve with a token)" : ""));
    }
    print(spec.commandLine().getOut(), rows(response.body()));
    return ExitCode.OK;
  }

  static List<Row> rows(String json) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(json)) {
      while (p.nextToken() != null) {
        if (p.currentToken() == JsonToken.FIELD_NAME && "wallets".equals(p.currentName())) {
          if (p.nextToken() != JsonToken.START_ARRAY) {
            throw new IOException("unexpected answer: wallets is not a list");
          }
          while (p.nextToken() == JsonToken.START_OBJECT) {
            rows.add(row(p));
          }
        }
      }
    }
    return rows;
  }

  private static Row row(JsonParser p) throws IOException {
    String id = "";
    String spent = "";
    String limit = "";
    String percent = "";
    String reset = "";
    while (p.nextToken() == JsonToken.FIELD_NAME) {
      String name = p.currentName();
      p.nextToken();
      String v = p.getValueAsString("");
      switch (name) {
        case "id" -> id = v;
        case "spent_usd" -> spent = dollars(v);
        case "limit_usd" -> limit = dollars(v);
        case "percent" -> percent = new BigDecimal(v).setScale(1, RoundingMode.DOWN) + "%";
        case "reset_at" -> reset = v;
        default -> p.skipChildren();
      }
    }
    return new Row(id, spent, limit, percent, reset);
  }

  private static String dollars(String v) {
    return "$" + new BigDecimal(v).setScale(2, RoundingMode.HALF_UP).toPlainString();
  }

  static void print(PrintWriter out, List<Row> rows) {
    List<Row> all = new ArrayList<>();
    all.add(new Row("WALLET", "SPENT", "LIMIT", "%", "RESET (UTC)"));
    all.addAll(rows);
    int w = 0;
    int s = 0;
    int l = 0;
    int pc = 0;
    for (Row r : all) {
      w = Math.max(w, r.wallet().length());
      s = Math.max(s, r.spent().length());
      l = Math.max(l, r.limit().length());
      pc = Math.max(pc, r.percent().length());
    }
    String format = "%-" + w + "s  %" + s + "s  %" + l + "s  %" + pc + "s  %s%n";
    for (Row r : all) {
      out.printf(Locale.ROOT, format, r.wallet(), r.spent(), r.limit(), r.percent(), r.reset());
    }
    out.flush();
  }
}
