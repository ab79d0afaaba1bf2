package dev.ccgate.kernel;

import dev.ccgate.policy.Money;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Fills the policy's {@code pause.message} template for one {@link PauseNotice}. */
public final class PauseMessage {
  private static final DateTimeFormatter RESET =
      DateTimeFormatter.ofPattern("EEE yyyy-MM-dd HH:mm zzz", Locale.ROOT);

  private PauseMessage() {}

  /**
   * The message: {@code {scope}} (developer/team/org), {@code {name}}, {@code {percent}}, {@code
   * {limit}}, {@code {period}} (the day/week/month), {@code {reset_local}} (in {@code zone}) and
   * {@code {manager}}.
   */
  public static String render(String template, PauseNotice notice, ZoneId zone) {
    WalletId w = notice.wallet();
    String name = w.isSubWallet() ? w.owner() + " " + w.family() : w.owner();
    return template
        .replace("{scope}", w.scope().key())
        .replace("{name}", name)
        .replace("{percent}", Percent.format(notice.percentBasisPoints()))
        .replace("{limit}", Money.format(notice.limitMicros()))
        .replace(
            "{period}",
            switch (w.period()) {
              case DAILY -> "the day";
              case WEEKLY -> "the week";
              case MONTHLY -> "the month";
            })
        .replace("{reset_local}", RESET.format(notice.resetAt().atZone(zone)))
        .replace(
            "{manager}",
            notice.managerName() == null ? "Your administrator" : notice.managerName());
  }
}
