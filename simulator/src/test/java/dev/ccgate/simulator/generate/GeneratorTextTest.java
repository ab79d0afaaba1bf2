package dev.ccgate.simulator.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The hand-written formatting the writers' hot path uses agrees with the JDK's. */
class GeneratorTextTest {
  private static final DateTimeFormatter ISO_MILLIS =
      DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);

  @Test
  void instantsAreIso8601WithMillisecondsInUtc() {
    Text text = new Text();
    Draw draw = new Draw(3);
    for (int i = 0; i < 10_000; i++) {
      long millis = draw.between(0L, 4_102_444_800_000L); // 1970 to 2100
      StringBuilder b = new StringBuilder();
      text.instant(b, millis);
      assertEquals(ISO_MILLIS.format(Instant.ofEpochMilli(millis)), b.toString());
    }
  }

  @Test
  void uuidsAreVersion4AndIdsUseAnthropicsShape() {
    Draw draw = new Draw(5);
    for (int i = 0; i < 1_000; i++) {
      String s = draw.uuid();
      UUID u = UUID.fromString(s);
      assertEquals(s, u.toString());
      assertEquals(4, u.version());
      assertEquals(2, u.variant());
    }
    assertTrue(draw.base58(22).matches("[1-9A-HJ-NP-Za-km-z]{22}"));
  }

  @Test
  void jsonStringsEscapeQuotesBackslashesAndControls() {
    StringBuilder b = new StringBuilder();
    Text.json(b, "say \"hi\"\\ \n\t\u0001");
    assertEquals("\"say \\\"hi\\\"\\\\ \\n\\t\\u0001\"", b.toString());
    StringBuilder d = new StringBuilder();
    Text.dollars(d, 73_731);
    assertEquals("0.073731", d.toString());
    d.setLength(0);
    Text.dollars(d, 12_000_005);
    assertEquals("12.000005", d.toString());
  }
}
