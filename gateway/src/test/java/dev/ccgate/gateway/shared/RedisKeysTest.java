package dev.ccgate.gateway.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccgate.kernel.PeriodCalendar;
import dev.ccgate.kernel.WalletId;
import dev.ccgate.policy.Period;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

/** Key names, their expiry, and what a Redis URL looks like in a message. */
class RedisKeysTest {
  private static final PeriodCalendar NEW_YORK = new PeriodCalendar(ZoneId.of("America/New_York"));
  // 2026-11-30 01:00 UTC is still Sunday the 29th in New York.
  private static final Instant LATE_SUNDAY = Instant.parse("2026-11-30T01:00:00Z");

  private final RedisKeys keys = new RedisKeys("prod");

  @Test
  void walletKeysNameTheWalletAndItsPeriodsFirstLocalDay() {
    assertEquals(
        "ccgate:{prod}:wallet:team:platform:daily:2026-11-29",
        keys.wallet(WalletId.team("platform", Period.DAILY), NEW_YORK, LATE_SUNDAY));
    assertEquals(
        "ccgate:{prod}:wallet:team:platform:weekly:2026-11-23",
        keys.wallet(WalletId.team("platform", Period.WEEKLY), NEW_YORK, LATE_SUNDAY));
    assertEquals(
        "ccgate:{prod}:wallet:org:monthly:2026-11-01",
        keys.wallet(WalletId.org(Period.MONTHLY), NEW_YORK, LATE_SUNDAY));
    assertEquals(
        "ccgate:{prod}:wallet:team:platform:opus:daily:2026-11-29",
        keys.wallet(WalletId.teamFamily("platform", "opus", Period.DAILY), NEW_YORK, LATE_SUNDAY));
    assertEquals(
        "ccgate:{prod}:stage:developer:alice@example.com:daily:2026-11-29:8000:alert",
        keys.stage(
            WalletId.developer("alice@example.com", Period.DAILY),
            NEW_YORK,
            LATE_SUNDAY,
            8000,
            "alert"));
    assertEquals("ccgate:{prod}:settled:req_ccgate_1", keys.settled("req_ccgate_1"));
  }

  @Test
  void keysExpireTwoPeriodsAfterTheirPeriodEnds() {
    // The New York day ends 2026-11-30 05:00 UTC; the week on Monday 2026-11-30; the month on
    // 2026-12-01 05:00 UTC.
    assertEquals(
        Instant.parse("2026-12-02T05:00:00Z").getEpochSecond(),
        RedisKeys.expireAtSeconds(WalletId.org(Period.DAILY), NEW_YORK, LATE_SUNDAY));
    assertEquals(
        Instant.parse("2026-12-14T05:00:00Z").getEpochSecond(),
        RedisKeys.expireAtSeconds(WalletId.org(Period.WEEKLY), NEW_YORK, LATE_SUNDAY));
    assertEquals(
        Instant.parse("2027-02-01T05:00:00Z").getEpochSecond(),
        RedisKeys.expireAtSeconds(WalletId.org(Period.MONTHLY), NEW_YORK, LATE_SUNDAY));
  }

  @Test
  void aUrlIsShownWithoutItsPassword() {
    assertEquals("redis://***@db:6379/0", RedisKeys.redact("redis://:s3cret@db:6379/0"));
    assertEquals("rediss://***@db:6380", RedisKeys.redact("rediss://user:p@ss@db:6380"));
    assertEquals("redis://db:6379/2", RedisKeys.redact("redis://db:6379/2"));
    assertEquals(
        "RedisOptions[url=redis://***@db:6379, namespace=default]",
        RedisOptions.of("redis://:pw@db:6379").toString());
  }

  @Test
  void aNamespaceMustBeShortAndPlain() {
    assertThrows(
        IllegalArgumentException.class, () -> RedisOptions.of("redis://db").withNamespace("a}b"));
    assertThrows(
        IllegalArgumentException.class, () -> RedisOptions.of("redis://db").withNamespace(""));
  }
}
