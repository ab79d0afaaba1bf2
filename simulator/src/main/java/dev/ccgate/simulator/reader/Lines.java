package dev.ccgate.simulator.reader;

/** Splits a byte buffer into lines without copying (LF or CRLF, a UTF-8 BOM skipped). */
final class Lines {
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

  static int indexOf(byte[] b, byte v, int from, int to) {
    for (int i = from; i < to; i++) {
      if (b[i] == v) {
        return i;
      }
    }
    return -1;
  }

  /** True when {@code b[from, to)} contains {@code needle}. */
  static boolean contains(byte[] b, int from, int to, byte[] needle) {
    byte first = needle[0];
    int last = to - needle.length;
    outer:
    for (int i = from; i <= last; i++) {
      if (b[i] != first) {
        continue;
      }
      for (int j = 1; j < needle.length; j++) {
        if (b[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
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
