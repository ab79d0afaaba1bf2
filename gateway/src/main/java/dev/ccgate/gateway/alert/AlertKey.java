package dev.ccgate.gateway.alert;

import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.StageCrossed;
import java.time.Instant;
import java.util.Locale;

/**
 * What makes an alert unique: the wallet, its period (by start) and the stage (threshold and
 * action). A stage fires once per wallet per period, so one key is one alert.
 */
public record AlertKey(String wallet, Instant periodStart, int atBasisPoints, String action) {

  /** The key of {@code crossing}, its period start taken from {@code calendar}. */
  public static AlertKey of(StageCrossed crossing, PeriodCalendar calendar) {
    return new AlertKey(
        crossing.wallet().key(),
        calendar.start(crossing.wallet().period(), crossing.time()),
        crossing.atBasisPoints(),
        crossing.action().key());
  }

  /**
   * The key as one line of text, e.g. {@code team:platform:daily|2026-11-24T05:00:00Z|8000|alert}.
   */
  public String text() {
    return String.format(Locale.ROOT, "%s|%s|%d|%s", wallet, periodStart, atBasisPoints, action);
  }
}
