package dev.ccgate.simulator.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The word-at-a-time searches agree with a byte-by-byte search at every offset and length. */
class LinesTest {
  private static int naiveIndexOf(byte[] b, byte v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  private static boolean naiveContains(byte[] b, int from, int to, byte[] needle) {
    outer:
    for (int i = from; i + needle.length <= to; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  @Test
  void indexOfAndContainsMatchTheByteByByteSearch() {
    Random random = new Random(3);
    byte[] alphabet = "\"usage\n\u00ff{}:u".getBytes(StandardCharsets.ISO_8859_1);
    byte[] needle = "\"usage\"".getBytes(StandardCharsets.US_ASCII);
    for (int n = 0; n < 20_000; n++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = alphabet[random.nextInt(alphabet.length)];
      }
      if (b.length > needle.length && random.nextBoolean()) {
        System.arraycopy(needle, 0, b, random.nextInt(b.length - needle.length + 1), needle.length);
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length + 1);
      int to = from + random.nextInt(b.length - from + 1);
      for (byte v : new byte[] {'\n', (byte) 0xff, 'u'}) {
        assertEquals(naiveIndexOf(b, v, from, to), Lines.indexOf(b, v, from, to));
      }
      assertEquals(naiveContains(b, from, to, needle), Lines.contains(b, from, to, needle));
    }
  }
}
