package dev.ccgate.gateway.shared;

import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;

/**
 * Names the Redis keys. A wallet's spend lives under its id <em>and its period</em>, e.g. {@code
 * ccgate:{default}:wallet:team:platform:daily:2026-11-29} (the period's first local day), so a new
 * period starts from an absent key, at 0, with nothing to clean up; old periods expire by TTL two
 * periods after they end. The {@code {namespace}} hash tag keeps every key of a deployment in one
 * Redis Cluster slot, which multi-key scripts need.
 */
final class RedisKeys {
  private final String prefix;

  RedisKeys(String namespace) {
    this.prefix = "ccgate:{" + namespace + "}:";
  }

  /** The spend counter of {@code id} in its period containing {@code t}. */
  String wallet(WalletId id, PeriodCalendar calendar, Instant t) {
    return prefix + "wallet:" + id.key() + ':' + periodLabel(id, calendar, t);
  }

  /** The claim of one stage of {@code id} in its period containing {@code t}. */
  String stage(WalletId id, PeriodCalendar calendar, Instant t, int atBasisPoints, String action) {
    return prefix
        + "stage:"
        + id.key()
        + ':'
        + periodLabel(id, calendar, t)
        + ':'
        + atBasisPoints
        + ':'
        + action;
  }

  /** The marker that a request's cost was added (idempotency). */
  String settled(String requestId) {
    return prefix + "settled:" + requestId;
  }

  /** When a key of {@code id}'s period containing {@code t} may go: two periods after it ends. */
  static long expireAtSeconds(WalletId id, PeriodCalendar calendar, Instant t) {
    Instant end = calendar.end(id.period(), t);
    return end.plus(keep(id.period())).getEpochSecond();
  }

  private static Duration keep(Period period) {
    return switch (period) {
      case DAILY -> Duration.ofDays(2);
      case WEEKLY -> Duration.ofDays(14);
      case MONTHLY -> Duration.ofDays(62);
    };
  }

  private static String periodLabel(WalletId id, PeriodCalendar calendar, Instant t) {
    return LocalDate.ofInstant(calendar.start(id.period(), t), calendar.zone()).toString();
  }

  /** {@code url} without its password, for logs and messages. */
  static String redact(String url) {
    int scheme = url.indexOf("://");
    int at = url.lastIndexOf('@');
    if (scheme < 0 || at < scheme) {
      return url;
    }
    return url.substring(0, scheme + 3) + "***@" + url.substring(at + 1);
  }
}
