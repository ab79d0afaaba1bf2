package dev.ccgate.simulator.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The hand-read {@code ...Z} timestamps agree with {@code java.time} to the microsecond. */
class TimestampsTest {
  private static long expected(Instant i) {
    return i.getEpochSecond() * 1_000_000L + i.getNano() / 1_000;
  }

  @Test
  void plainUtcTimestampsWithAnyFractionLengthMatchJavaTime() {
    Random random = new Random(7);
    for (int n = 0; n < 20_000; n++) {
      Instant i =
          Instant.ofEpochSecond(
              random.nextLong(-2_000_000_000L, 8_000_000_000L), random.nextInt(1_000_000_000));
      int digits = n % 10; // 0 = no fraction
      String pattern =
          "uuuu-MM-dd'T'HH:mm:ss" + (digits == 0 ? "" : "." + "S".repeat(digits)) + "'Z'";
      String text = DateTimeFormatter.ofPattern(pattern).withZone(ZoneOffset.UTC).format(i);
      Instant truncated = Instant.parse(text);
      assertEquals(expected(truncated), Timestamps.micros(text), text);
      assertEquals(expected(truncated), Timestamps.plainUtc(text), text);
    }
  }

  @Test
  void otherSpellingsStillGoThroughTheFullParser() {
    assertEquals(Long.MIN_VALUE, Timestamps.plainUtc("2026-11-24 15:42:07Z"));
    assertEquals(Long.MIN_VALUE, Timestamps.plainUtc("2026-02-30T15:42:07Z"));
    assertEquals(Long.MIN_VALUE, Timestamps.plainUtc("2026-11-24T15:42:07.Z"));
    assertEquals(Long.MIN_VALUE, Timestamps.plainUtc("2026-11-24T24:00:00Z"));
    assertEquals(Long.MIN_VALUE, Timestamps.plainUtc("2026-11-24T15:42:07+01:00"));
    assertEquals(
        expected(Instant.parse("2026-11-24T15:42:07Z")), Timestamps.micros("2026-11-24 15:42:07Z"));
    assertEquals(
        expected(Instant.parse("2026-11-24T14:42:07.5Z")),
        Timestamps.micros("2026-11-24T15:42:07.5+01:00"));
    assertEquals(
        expected(Instant.parse("2028-02-29T00:00:00Z")), Timestamps.micros("2028-02-29T00:00:00Z"));
  }
}
