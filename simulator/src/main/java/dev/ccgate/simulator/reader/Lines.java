package dev.ccgate.simulator.reader;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Splits a byte buffer into lines without copying (LF or CRLF, a UTF-8 BOM skipped). */
final class Lines {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;

  /** Receives one non-blank line: {@code bytes[start, end)} is line number {@code line}. */
  interface Visitor {
    void line(long line, int start, int end);
  }

  private Lines() {}

  /** Visits every non-blank line of {@code bytes}; returns how many it visited. */
  static long forEach(byte[] bytes, Visitor visitor) {
    int pos = hasBom(bytes) ? 3 : 0;
    long lineNo = 0;
    long visited = 0;
    while (pos < bytes.length) {
      int nl = indexOf(bytes, (byte) '\n', pos, bytes.length);
      int end = nl < 0 ? bytes.length : nl;
      lineNo++;
      int s = skipSpace(bytes, pos, end);
      int e = trimEnd(bytes, s, end);
      if (s < e) {
        visitor.line(lineNo, s, e);
        visited++;
      }
      pos = end + 1;
    }
    return visited;
  }

  static boolean hasBom(byte[] b) {
    return b.length >= 3 && b[0] == (byte) 0xEF && b[1] == (byte) 0xBB && b[2] == (byte) 0xBF;
  }

  /** The first index of {@code v} in {@code b[from, to)}, or -1; eight bytes per step. */
  static int indexOf(byte[] b, byte v, int from, int to) {
    long pattern = (v & 0xFFL) * ONES;
    int i = from;
    for (; i + 8 <= to; i += 8) {
      long x = (long) WORDS.get(b, i) ^ pattern;
      // The lowest byte where x is zero sets the lowest high bit (Hacker's Delight 6-1, "haszero").
      long zero = (x - ONES) & ~x & HIGHS;
      if (zero != 0) {
        return i + (Long.numberOfTrailingZeros(zero) >>> 3);
      }
    }
    for (; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code b[from, to)} contains {@code needle} (at least two bytes long). */
  static boolean contains(byte[] b, int from, int to, byte[] needle) {
    // Look for the second byte, as the first of a quoted key is a quote, found everywhere in JSON.
    byte anchor = needle[1];
    int last = to - needle.length;
    int i = from + 1;
    while (true) {
      int at = indexOf(b, anchor, i, to);
      if (at < 0 || at - 1 > last) {
        return false;
      }
      if (matches(b, at - 1, needle)) {
        return true;
      }
      i = at + 1;
    }
  }

  private static boolean matches(byte[] b, int start, byte[] needle) {
    for (int j = 0; j < needle.length; j++) {
      if (b[start + j] != needle[j]) {
        return false;
      }
    }
    return true;
  }

  static int skipSpace(byte[] b, int from, int to) {
    int i = from;
    while (i < to && isSpace(b[i])) {
      i++;
    }
    return i;
  }

  static int trimEnd(byte[] b, int from, int to) {
    int i = to;
    while (i > from && isSpace(b[i - 1])) {
      i--;
    }
    return i;
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }
}
