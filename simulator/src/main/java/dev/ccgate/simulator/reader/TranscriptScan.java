package dev.ccgate.simulator.reader;

import dev.ccgate.simulator.reader.TranscriptReader.TranscriptLine;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/**
 * Reads the billing fields of one transcript line straight from its bytes, without Jackson.
 *
 * <p>Why: Jackson hashes and looks up every field name of the line (about forty per usage line:
 * {@code parentUuid}, {@code cwd}, every content block's keys...) and walks every token of {@code
 * message.content}, none of which ingest needs; that was most of the parse's CPU. This scanner
 * compares only the few names it wants, byte for byte, and skips every other value with a tight
 * loop that still checks it is valid JSON (strings eight bytes at a time).
 *
 * <p>It is a fast path, never a second opinion: it answers only for plain, valid JSON of the shape
 * it knows (names and wanted strings in ASCII without escapes, counts as plain non-negative
 * integers, no deep nesting). For anything else, including every malformed line, {@link #scan}
 * returns null and the caller parses the line with Jackson, which then decides: the same fields, or
 * the same rejection with the same reason. {@code TranscriptScanProperties} checks the agreement.
 */
final class TranscriptScan {
  private static final VarHandle WORDS =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = 0x22L * ONES;
  private static final long BACKSLASHES = 0x5CL * ONES;
  private static final long SPACES = 0x20L * ONES;

  /** Deeper values go to Jackson, whose own limit (1,000 levels) then applies. */
  private static final int MAX_DEPTH = 200;

  /** Longer names and numbers go to Jackson (its limits: 50,000 and 1,000 characters). */
  private static final int MAX_TOKEN = 1000;

  /**
   * Longer lines go to Jackson: no string inside is then near its 20 M character limit, which this
   * scanner does not check.
   */
  static final int MAX_LINE = 16 * 1024 * 1024;

  private static final byte[] TIMESTAMP = ascii("timestamp");
  private static final byte[] SESSION_ID = ascii("sessionId");
  private static final byte[] REQUEST_ID = ascii("requestId");
  private static final byte[] AGENT_ID = ascii("agentId");
  private static final byte[] IS_SIDECHAIN = ascii("isSidechain");
  private static final byte[] MESSAGE = ascii("message");
  private static final byte[] ID = ascii("id");
  private static final byte[] MODEL = ascii("model");
  private static final byte[] USAGE = ascii("usage");
  private static final byte[] INPUT = ascii("input_tokens");
  private static final byte[] OUTPUT = ascii("output_tokens");
  private static final byte[] CREATION = ascii("cache_creation_input_tokens");
  private static final byte[] READ = ascii("cache_read_input_tokens");
  private static final byte[] CACHE_SPLIT = ascii("cache_creation");
  private static final byte[] SERVER_TOOLS = ascii("server_tool_use");
  private static final byte[] SPEED = ascii("speed");
  private static final byte[] GEO = ascii("inference_geo");
  private static final byte[] SPLIT_5M = ascii("ephemeral_5m_input_tokens");
  private static final byte[] SPLIT_1H = ascii("ephemeral_1h_input_tokens");
  private static final byte[] WEB_SEARCHES = ascii("web_search_requests");

  // What stringEnd accepts besides ASCII without escapes.
  private static final int PLAIN = 0; // nothing: a string the reader keeps or a name it compares
  private static final int NAME = 1; // any but an escaped surrogate (Jackson checks their pairing)
  private static final int VALUE = 2; // any valid JSON string

  /** Thrown when the line is not one this scanner answers for; no stack trace, one instance. */
  private static final class Unsure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsure() {
      super(null, null, false, false);
    }
  }

  private static final Unsure UNSURE = new Unsure();

  private final byte[] b;
  private int pos;
  private int end;

  // The last name read: b[nameStart, nameEnd).
  private int nameStart;
  private int nameEnd;

  /** A scanner over lines of {@code bytes}; not thread-safe (one per file being read). */
  TranscriptScan(byte[] bytes) {
    this.b = bytes;
  }

  /**
   * The fields of the line {@code bytes[start, end)} (non-empty), or null when Jackson must decide.
   */
  TranscriptLine scan(int start, int end) {
    // The scanner reads one byte past a token before checking the line's end; that byte must not
    // be one that could continue a token (Lines hands out trimmed lines: it is a space or newline).
    if (end - start > MAX_LINE || start >= end || (end < b.length && !isSpace(b[end]))) {
      return null;
    }
    this.pos = start;
    this.end = end;
    try {
      TranscriptLine t = new TranscriptLine();
      if (b[pos] != '{') {
        return null;
      }
      pos++;
      if (firstMember()) {
        do {
          name();
          if (is(TIMESTAMP)) {
            t.timestamp = text();
          } else if (is(SESSION_ID)) {
            t.sessionId = text();
          } else if (is(REQUEST_ID)) {
            t.requestId = text();
          } else if (is(AGENT_ID)) {
            t.agentId = text();
          } else if (is(IS_SIDECHAIN)) {
            t.sidechain = bool();
          } else if (is(MESSAGE)) {
            message(t);
          } else {
            skipValue(1);
          }
        } while (nextMember());
      }
      // The line is trimmed: anything after the object is for Jackson to judge.
      return pos == end ? t : null;
    } catch (Unsure | ArrayIndexOutOfBoundsException e) {
      // Past the array: a line cut short at the end of the file, mid-token.
      return null;
    }
  }

  private void message(TranscriptLine t) {
    if (!openObject(2)) {
      return;
    }
    do {
      name();
      if (is(ID)) {
        t.messageId = text();
      } else if (is(MODEL)) {
        t.model = text();
      } else if (is(USAGE)) {
        usage(t);
      } else {
        skipValue(2);
      }
    } while (nextMember());
  }

  private void usage(TranscriptLine t) {
    if (b[pos] == '{') {
      t.hasUsage = true;
    }
    if (!openObject(3)) {
      return;
    }
    do {
      name();
      if (is(INPUT)) {
        t.input = count();
      } else if (is(OUTPUT)) {
        t.output = count();
      } else if (is(CREATION)) {
        Long v = count();
        t.creation = v == null ? 0 : v;
      } else if (is(READ)) {
        Long v = count();
        t.read = v == null ? 0 : v;
      } else if (is(CACHE_SPLIT)) {
        cacheSplit(t);
      } else if (is(SERVER_TOOLS)) {
        serverTools(t);
      } else if (is(SPEED)) {
        t.speed = text();
      } else if (is(GEO)) {
        t.geo = text();
      } else {
        skipValue(3);
      }
    } while (nextMember());
  }

  private void cacheSplit(TranscriptLine t) {
    if (!openObject(4)) {
      return;
    }
    do {
      name();
      if (is(SPLIT_5M)) {
        t.split5m = count();
      } else if (is(SPLIT_1H)) {
        t.split1h = count();
      } else {
        skipValue(4);
      }
    } while (nextMember());
  }

  private void serverTools(TranscriptLine t) {
    if (!openObject(4)) {
      return;
    }
    do {
      name();
      if (is(WEB_SEARCHES)) {
        Long v = count();
        t.webSearches = v == null ? 0 : v;
      } else {
        skipValue(4);
      }
    } while (nextMember());
  }

  // --- values the reader keeps, exactly as JsonValues reads them from Jackson ---

  /** A string without escapes in ASCII, or null for JSON null; anything else is for Jackson. */
  private String text() {
    byte c = b[pos];
    if (c == '"') {
      int s = pos + 1;
      int e = stringEnd(s, PLAIN);
      pos = e + 1;
      return new String(b, s, e - s, StandardCharsets.ISO_8859_1);
    }
    if (c == 'n') {
      literal("null");
      return null;
    }
    throw UNSURE;
  }

  /** As {@link JsonValues#bool}: true, false, a string's parse, null for anything else. */
  private Boolean bool() {
    byte c = b[pos];
    if (c == 't') {
      literal("true");
      return Boolean.TRUE;
    }
    if (c == 'f') {
      literal("false");
      return Boolean.FALSE;
    }
    if (c == '"') {
      return Boolean.parseBoolean(text());
    }
    skipValue(2);
    return null;
  }

  /** A plain non-negative integer, or null for JSON null; anything else is for Jackson. */
  private Long count() {
    byte c = b[pos];
    if (c == 'n') {
      literal("null");
      return null;
    }
    if (c < '0' || c > '9') {
      throw UNSURE;
    }
    int s = pos;
    long v = 0;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
      v = v * 10 + (b[pos] - '0');
      pos++;
    }
    int digits = pos - s;
    if (digits > 18 || (digits > 1 && c == '0')) {
      throw UNSURE;
    }
    if (pos < end && (b[pos] == '.' || b[pos] == 'e' || b[pos] == 'E')) {
      throw UNSURE;
    }
    return v;
  }

  // --- structure ---

  /** After an object's '{': true when a member follows, false after an empty object's '}'. */
  /**
   * Enters the object that is the value at {@code pos}: true at its first member; false when it is
   * empty (passed over) or not an object (skipped as a value at {@code depth}).
   */
  private boolean openObject(int depth) {
    if (b[pos] != '{') {
      skipValue(depth);
      return false;
    }
    pos++;
    return firstMember();
  }

  private boolean firstMember() {
    space();
    if (b[pos] == '}') {
      pos++;
      return false;
    }
    return true;
  }

  /** After a member's value: true at the next member, false past the object's '}'. */
  private boolean nextMember() {
    space();
    byte c = b[pos++];
    if (c == ',') {
      space();
      return true;
    }
    if (c == '}') {
      return false;
    }
    throw UNSURE;
  }

  /** Reads a member's name (no escapes) and its ':', leaving pos at the value. */
  private void name() {
    if (b[pos] != '"') {
      throw UNSURE;
    }
    nameStart = pos + 1;
    nameEnd = stringEnd(nameStart, PLAIN);
    if (nameEnd - nameStart > MAX_TOKEN) {
      throw UNSURE;
    }
    pos = nameEnd + 1;
    space();
    if (b[pos++] != ':') {
      throw UNSURE;
    }
    space();
  }

  private boolean is(byte[] name) {
    int n = name.length;
    if (nameEnd - nameStart != n) {
      return false;
    }
    for (int i = 0; i < n; i++) {
      if (b[nameStart + i] != name[i]) {
        return false;
      }
    }
    return true;
  }

  /** Skips one valid JSON value at pos, {@code depth} levels deep. */
  private void skipValue(int depth) {
    if (depth > MAX_DEPTH) {
      throw UNSURE;
    }
    byte c = b[pos];
    switch (c) {
      case '"' -> pos = stringEnd(pos + 1, VALUE) + 1;
      case '{' -> {
        pos++;
        if (firstMember()) {
          do {
            if (b[pos] != '"') {
              throw UNSURE;
            }
            int s = pos + 1;
            int e = stringEnd(s, NAME);
            if (e - s > MAX_TOKEN) {
              throw UNSURE;
            }
            pos = e + 1;
            space();
            if (b[pos++] != ':') {
              throw UNSURE;
            }
            space();
            skipValue(depth + 1);
          } while (nextMember());
        }
      }
      case '[' -> {
        pos++;
        space();
        if (b[pos] == ']') {
          pos++;
          return;
        }
        while (true) {
          skipValue(depth + 1);
          space();
          byte d = b[pos++];
          if (d == ']') {
            return;
          }
          if (d != ',') {
            throw UNSURE;
          }
          space();
        }
      }
      case 't' -> literal("true");
      case 'f' -> literal("false");
      case 'n' -> literal("null");
      default -> number();
    }
  }

  /** A JSON number: -?(0|[1-9][0-9]*)(.[0-9]+)?([eE][+-]?[0-9]+)? and then not a letter. */
  private void number() {
    int s = pos;
    if (pos < end && b[pos] == '-') {
      pos++;
    }
    if (pos >= end) {
      throw UNSURE;
    }
    if (b[pos] == '0') {
      pos++;
    } else if (b[pos] >= '1' && b[pos] <= '9') {
      digits();
    } else {
      throw UNSURE;
    }
    if (pos < end && b[pos] == '.') {
      pos++;
      if (digits() == 0) {
        throw UNSURE;
      }
    }
    if (pos < end && (b[pos] == 'e' || b[pos] == 'E')) {
      pos++;
      if (pos < end && (b[pos] == '+' || b[pos] == '-')) {
        pos++;
      }
      if (digits() == 0) {
        throw UNSURE;
      }
    }
    if (pos - s > MAX_TOKEN / 10) {
      throw UNSURE;
    }
    // What may follow is checked by the caller (a separator or the end); a digit cannot follow.
  }

  private int digits() {
    int s = pos;
    while (pos < end && b[pos] >= '0' && b[pos] <= '9') {
      pos++;
    }
    return pos - s;
  }

  private void literal(String word) {
    int n = word.length();
    if (pos + n > end) {
      throw UNSURE;
    }
    for (int i = 0; i < n; i++) {
      if (b[pos + i] != word.charAt(i)) {
        throw UNSURE;
      }
    }
    pos += n;
  }

  /** Skips JSON whitespace: space, tab, CR, LF. */
  private void space() {
    while (pos < end && isSpace(b[pos])) {
      pos++;
    }
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /**
   * The index of the closing quote of the string whose first character is at {@code from}, after
   * checking it is a valid JSON string in valid UTF-8 that {@code mode} accepts.
   */
  private int stringEnd(int from, int mode) {
    int i = from;
    while (true) {
      // Eight bytes at a time until one is a quote, a backslash, a control character or non-ASCII.
      while (i + 8 <= end) {
        long x = (long) WORDS.get(b, i);
        long q = x ^ QUOTES;
        long s = x ^ BACKSLASHES;
        long special =
            ((q - ONES) & ~q) | ((s - ONES) & ~s) | ((x - SPACES) & ~x) | x; // high bit set
        special &= HIGHS;
        if (special != 0) {
          i += Long.numberOfTrailingZeros(special) >>> 3;
          break;
        }
        i += 8;
      }
      if (i >= end) {
        throw UNSURE;
      }
      int c = b[i] & 0xFF;
      if (c == '"') {
        return i;
      }
      if (c == '\\') {
        if (mode == PLAIN) {
          throw UNSURE;
        }
        i = escape(i + 1, mode == NAME);
      } else if (c < 0x20) {
        throw UNSURE;
      } else if (c >= 0x80) {
        if (mode == PLAIN) {
          throw UNSURE;
        }
        i = utf8(i, c);
      } else {
        i++; // an ordinary byte among the last seven of the line
      }
    }
  }

  /**
   * After a backslash at {@code i - 1}: the index after a valid escape, which with {@code
   * noSurrogate} may not be a UTF-16 surrogate.
   */
  private int escape(int i, boolean noSurrogate) {
    if (i >= end) {
      throw UNSURE;
    }
    switch (b[i]) {
      case '"', '\\', '/', 'b', 'f', 'n', 'r', 't' -> {
        return i + 1;
      }
      case 'u' -> {
        if (i + 5 > end) {
          throw UNSURE;
        }
        int code = 0;
        for (int k = 1; k <= 4; k++) {
          int d = Character.digit(b[i + k], 16);
          if (d < 0) {
            throw UNSURE;
          }
          code = code << 4 | d;
        }
        if (noSurrogate && Character.isSurrogate((char) code)) {
          throw UNSURE;
        }
        return i + 5;
      }
      default -> throw UNSURE;
    }
  }

  /** The index after the well-formed UTF-8 sequence starting with {@code c} at {@code i}. */
  private int utf8(int i, int c) {
    int n;
    int lo = 0x80;
    int hi = 0xBF;
    if (c >= 0xC2 && c <= 0xDF) {
      n = 1;
    } else if (c >= 0xE0 && c <= 0xEF) {
      n = 2;
      if (c == 0xE0) {
        lo = 0xA0;
      } else if (c == 0xED) {
        hi = 0x9F; // no UTF-16 surrogates
      }
    } else if (c >= 0xF0 && c <= 0xF4) {
      n = 3;
      if (c == 0xF0) {
        lo = 0x90;
      } else if (c == 0xF4) {
        hi = 0x8F;
      }
    } else {
      throw UNSURE;
    }
    if (i + n >= end) {
      throw UNSURE;
    }
    int second = b[i + 1] & 0xFF;
    if (second < lo || second > hi) {
      throw UNSURE;
    }
    for (int k = 2; k <= n; k++) {
      if ((b[i + k] & 0xC0) != 0x80) {
        throw UNSURE;
      }
    }
    return i + n + 1;
  }

  private static byte[] ascii(String s) {
    return s.getBytes(StandardCharsets.US_ASCII);
  }
}
