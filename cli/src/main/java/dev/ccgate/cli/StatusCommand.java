package dev.ccgate.cli;

import dev.ccgate.gateway.admin.AdminClient;
import dev.ccgate.gateway.admin.WalletsJson.Wallet;
import dev.ccgate.policy.Money;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.net.URI;
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

  @Override
  public Integer call() throws Exception {
    print(spec.commandLine().getOut(), new AdminClient(url, adminToken).wallets());
    return ExitCode.OK;
  }

  /** The wallets as a table, columns as wide as their widest cell. */
  static void print(PrintWriter out, List<Wallet> wallets) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"WALLET", "SPENT", "LIMIT", "%", "RESET (UTC)"});
    for (Wallet w : wallets) {
      rows.add(
          new String[] {
            w.id(),
            Money.format(w.spentMicros()),
            Money.format(w.limitMicros()),
            // one decimal, rounded down like the kernel's stages: 94.99 % is not yet 95 %
            BigDecimal.valueOf(w.percentBasisPoints() / 10, 1) + "%",
            w.resetAt().toString()
          });
    }
    int[] width = new int[4];
    for (String[] r : rows) {
      for (int i = 0; i < width.length; i++) {
        width[i] = Math.max(width[i], r[i].length());
      }
    }
    String format =
        "%-" + width[0] + "s  %" + width[1] + "s  %" + width[2] + "s  %" + width[3] + "s  %s%n";
    for (String[] r : rows) {
      out.printf(Locale.ROOT, format, (Object[]) r);
    }
    out.flush();
  }
}
