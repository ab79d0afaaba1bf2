package dev.ccgate.simulator.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.policy.Money;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The hand-written number formats agree with {@link String#format} (what they replaced, for speed)
 * on edge values, every rounding boundary near them and a million random amounts.
 */
class NumbersTest {
  @Test
  void groupedMatchesStringFormat() {
    for (long n : values()) {
      assertEquals(String.format(Locale.ROOT, "%,d", n), Numbers.grouped(n), "n=" + n);
    }
  }

  @Test
  void moneyMatchesStringFormatOnBigDecimal() {
    for (long micros : values()) {
      assertEquals(oracle(micros, "$%,.2f", 2), Numbers.dollars(micros), "micros=" + micros);
      assertEquals(oracle(micros, "$%,.4f", 4), Numbers.dollarsFine(micros), "micros=" + micros);
      String whole =
          String.format(
              Locale.ROOT,
              "$%,d",
              Money.usd(Math.abs(micros)).setScale(0, RoundingMode.HALF_UP).toBigIntegerExact());
      assertEquals(micros < 0 ? "-" + whole : whole, Numbers.wholeDollars(micros), "m=" + micros);
    }
  }

  @Test
  void roundsHalfUpOnTheMagnitude() {
    assertEquals("$0.01", Numbers.dollars(5_000));
    assertEquals("$0.00", Numbers.dollars(4_999));
    assertEquals("-$0.01", Numbers.dollars(-5_000));
    assertEquals("-$0.00", Numbers.dollars(-1));
    assertEquals("$1,000,000", Numbers.wholeDollars(999_999_500_000L));
    assertEquals("$0.0737", Numbers.dollarsFine(73_650));
  }

  private static String oracle(long micros, String format, int scale) {
    String s =
        String.format(
            Locale.ROOT, format, Money.usd(Math.abs(micros)).setScale(scale, RoundingMode.HALF_UP));
    return micros < 0 ? "-" + s : s;
  }

  private static List<Long> values() {
    List<Long> out = new ArrayList<>();
    long[] edges = {
      0,
      1,
      9,
      10,
      49,
      50,
      99,
      100,
      999,
      1_000,
      4_999,
      5_000,
      5_001,
      9_999,
      10_000,
      49_999,
      50_000,
      99_999,
      100_000,
      499_999,
      500_000,
      999_999,
      1_000_000,
      999_999_999,
      1_000_000_000,
      123_456_789_012L,
      Long.MAX_VALUE,
      Long.MAX_VALUE - 1,
      Long.MAX_VALUE - 4_999,
      Long.MAX_VALUE - 5_000,
      Long.MAX_VALUE - 500_000
    };
    for (long e : edges) {
      out.add(e);
      out.add(-e);
    }
    Random random = new Random(11);
    for (int i = 0; i < 1_000_000; i++) {
      long magnitude = random.nextLong() >>> random.nextInt(64);
      out.add(random.nextBoolean() ? magnitude : -magnitude);
    }
    return out;
  }
}
