package dev.ccgate.simulator.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.ccgate.simulator.reader.TranscriptReader.TranscriptLine;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The byte scanner agrees with Jackson: on every line it answers for, Jackson reads the same fields
 * (and does not reject the line); on plain lines of any content it does answer. Lines are generated
 * with the shapes of formats.md section 1 (fields in any order, {@code content} as a string or
 * nested blocks, strings with brackets, quotes, escapes and non-ASCII text) and then damaged at
 * random: cut short, a byte changed, inserted or removed.
 */
class TranscriptScanProperties {
  private static final TranscriptReader JACKSON = new TranscriptReader();

  @Property(tries = 3000)
  void plainLinesAreScannedAsJacksonReadsThem(@ForAll long seed) {
    Random r = new Random(seed);
    String line = new LineWriter(r, true).line();
    byte[] b = bytes(line, r);
    TranscriptLine fast = new TranscriptScan(b).scan(0, lineEnd(b));
    assertNotNull(fast, line);
    assertEquals(JACKSON.parse(b, 0, lineEnd(b)).values(), fast.values(), line);
  }

  @Property(tries = 3000)
  void anyLineTheScannerAnswersForJacksonReadsTheSame(@ForAll long seed) {
    Random r = new Random(seed);
    String line = new LineWriter(r, false).line();
    byte[] b = bytes(line, r);
    check(b, line);
  }

  @Property(tries = 5000)
  void damagedLinesAreLeftToJacksonOrReadTheSame(@ForAll long seed) {
    Random r = new Random(seed);
    byte[] valid = new LineWriter(r, r.nextBoolean()).line().getBytes(StandardCharsets.UTF_8);
    byte[] damaged = damage(valid, r);
    byte[] b = new byte[damaged.length + 1];
    System.arraycopy(damaged, 0, b, 0, damaged.length);
    b[damaged.length] = '\n';
    if (damaged.length == 0 || isSpace(damaged[0]) || isSpace(damaged[damaged.length - 1])) {
      return; // Lines never hands out an empty or untrimmed line
    }
    check(b, new String(damaged, StandardCharsets.UTF_8));
  }

  /** When the scanner answers, Jackson must accept the line and read the same fields. */
  private static void check(byte[] b, String line) {
    int end = lineEnd(b);
    TranscriptLine fast = new TranscriptScan(b).scan(0, end);
    if (fast == null) {
      return;
    }
    TranscriptLine slow;
    try {
      slow = JACKSON.parse(b, 0, end);
    } catch (BadRecord e) {
      throw new AssertionError(
          "scanner read a line Jackson rejects (" + e.getMessage() + "): " + line);
    }
    assertEquals(slow.values(), fast.values(), line);
  }

  private static boolean isSpace(byte c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
  }

  /** The line's bytes, followed by a newline and more text or by nothing (the end of a file). */
  private static byte[] bytes(String line, Random r) {
    String after = r.nextBoolean() ? "" : "\n" + "{\"next\":1}";
    return (line + after).getBytes(StandardCharsets.UTF_8);
  }

  private static int lineEnd(byte[] b) {
    for (int i = 0; i < b.length; i++) {
      if (b[i] == '\n') {
        return i;
      }
    }
    return b.length;
  }

  private static byte[] damage(byte[] v, Random r) {
    int at = v.length == 0 ? 0 : r.nextInt(v.length);
    byte[] pool = "{}[]\":,\\ \t0123456789-.eEtrufalsn\u00e9x".getBytes(StandardCharsets.UTF_8);
    byte any = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : pool[r.nextInt(pool.length)];
    switch (r.nextInt(4)) {
      case 0 -> {
        byte[] out = new byte[at];
        System.arraycopy(v, 0, out, 0, at);
        return out; // cut short
      }
      case 1 -> {
        byte[] out = v.clone();
        out[at] = any;
        return out;
      }
      case 2 -> {
        byte[] out = new byte[v.length + 1];
        System.arraycopy(v, 0, out, 0, at);
        out[at] = any;
        System.arraycopy(v, at, out, at + 1, v.length - at);
        return out;
      }
      default -> {
        byte[] out = new byte[Math.max(0, v.length - 1)];
        System.arraycopy(v, 0, out, 0, at);
        System.arraycopy(v, at + 1, out, at, v.length - at - 1);
        return out;
      }
    }
  }

  /**
   * Writes one transcript line. With {@code plain}, the fields ingest keeps are ASCII strings
   * without escapes and plain integers (what Claude Code writes); otherwise they may be anything.
   */
  static final class LineWriter {
    private static final String[] WORDS = {
      "usage",
      "\"usage\":{",
      "content",
      "{",
      "}",
      "[",
      "]",
      "\"",
      "\\",
      "\\\"",
      ",",
      ":",
      " ",
      "é",
      "中文",
      "😀",
      "\n",
      "\t",
      "\u0001",
      "\u2028",
      "null",
      "true",
      "12",
      "-3.5e2",
      "msg_01",
      "/"
    };

    private final Random r;
    private final boolean plain;
    private final StringBuilder b = new StringBuilder();
    private boolean escapedSurrogates = true;

    LineWriter(Random r, boolean plain) {
      this.r = r;
      this.plain = plain;
    }

    String line() {
      List<Runnable> members = new ArrayList<>();
      members.add(() -> member("parentUuid", () -> any(2)));
      members.add(() -> member("isSidechain", this::bool));
      members.add(() -> member("cwd", () -> string(text())));
      members.add(() -> member("type", () -> string("assistant")));
      members.add(() -> member("timestamp", () -> keptString("2026-11-24T15:42:07.318Z")));
      members.add(() -> member("message", this::message));
      members.add(() -> member("uuid", () -> string("a9d4e2f1-7c3b")));
      if (r.nextBoolean()) {
        members.add(() -> member("sessionId", () -> keptString("3f2b8c1e-6a4d")));
      }
      if (r.nextBoolean()) {
        members.add(() -> member("requestId", () -> keptString("req_011CfQ2m")));
      }
      if (r.nextInt(4) == 0) {
        members.add(() -> member("agentId", () -> keptString("7a1c")));
      }
      if (r.nextInt(4) == 0) {
        members.add(() -> member("toolUseResult", () -> any(4)));
      }
      if (r.nextInt(8) == 0) {
        members.add(() -> member("message", this::message)); // a repeated name: the last one wins
      }
      Collections.shuffle(members, r);
      object(members);
      return b.toString();
    }

    private void message() {
      if (!plain && r.nextInt(10) == 0) {
        any(2);
        return;
      }
      List<Runnable> members = new ArrayList<>();
      members.add(() -> member("model", () -> keptString("claude-opus-4-8")));
      members.add(() -> member("id", () -> keptString("msg_01HqZ7c9")));
      members.add(() -> member("type", () -> string("message")));
      members.add(() -> member("role", () -> string("assistant")));
      members.add(
          () ->
              member(
                  "content",
                  () -> {
                    if (r.nextBoolean()) {
                      string(text());
                    } else {
                      any(6);
                    }
                  }));
      members.add(() -> member("stop_reason", () -> any(1)));
      if (r.nextInt(6) != 0) {
        members.add(() -> member("usage", this::usage));
      }
      Collections.shuffle(members, r);
      object(members);
    }

    private void usage() {
      if (!plain && r.nextInt(10) == 0) {
        any(2);
        return;
      }
      List<Runnable> members = new ArrayList<>();
      members.add(() -> member("input_tokens", this::count));
      members.add(() -> member("output_tokens", this::count));
      members.add(() -> member("cache_creation_input_tokens", this::count));
      members.add(() -> member("cache_read_input_tokens", this::count));
      members.add(
          () ->
              member(
                  "cache_creation",
                  () ->
                      object(
                          List.of(
                              () -> member("ephemeral_5m_input_tokens", this::count),
                              () -> member("ephemeral_1h_input_tokens", this::count)))));
      members.add(
          () ->
              member(
                  "server_tool_use",
                  () ->
                      object(
                          List.of(
                              () -> member("web_search_requests", this::count),
                              () -> member("web_fetch_requests", this::count)))));
      members.add(() -> member("speed", () -> keptString(r.nextBoolean() ? "fast" : "standard")));
      members.add(() -> member("inference_geo", () -> keptString("global")));
      members.add(() -> member("service_tier", () -> string("standard")));
      members.add(() -> member("output_tokens_details", () -> any(2)));
      Collections.shuffle(members, r);
      object(new ArrayList<>(members.subList(0, r.nextInt(members.size() + 1))));
    }

    private void object(List<Runnable> members) {
      b.append('{');
      space();
      for (int i = 0; i < members.size(); i++) {
        if (i > 0) {
          b.append(',');
          space();
        }
        members.get(i).run();
        space();
      }
      b.append('}');
    }

    private void member(String name, Runnable value) {
      if (!plain && !name.isEmpty() && r.nextInt(40) == 0) {
        b.append('"').append("\\u00").append(Integer.toHexString(name.charAt(0)));
        b.append(name, 1, name.length()).append('"'); // the same name, escaped
      } else {
        // Jackson checks that escaped surrogates in names pair up, and the scanner leaves any to
        // it.
        escapedSurrogates = !plain;
        string(name);
        escapedSurrogates = true;
      }
      space();
      b.append(':');
      space();
      value.run();
    }

    private void space() {
      int n = r.nextInt(8) == 0 ? 1 + r.nextInt(2) : 0;
      for (int i = 0; i < n; i++) {
        b.append(" \t\r".charAt(r.nextInt(3)));
      }
    }

    /** A field ingest keeps: plain, or (when not plain) sometimes any other JSON value. */
    private void keptString(String value) {
      if (plain || r.nextInt(6) != 0) {
        string(value);
        return;
      }
      switch (r.nextInt(5)) {
        case 0 -> b.append("null");
        case 1 -> string(value + text());
        case 2 -> b.append(r.nextInt(100));
        case 3 -> any(2);
        default -> string("\\u0041" + value);
      }
    }

    private void count() {
      if (plain || r.nextInt(5) != 0) {
        b.append(r.nextInt(3) == 0 ? r.nextInt(10) : Math.abs(r.nextLong() % 1_000_000_000_000L));
        return;
      }
      String[] odd = {
        "null",
        "\"12\"",
        "-1",
        "-0",
        "1.0",
        "1e3",
        "012",
        "99999999999999999999",
        "\" 7 \"",
        "{}",
        "[1]",
        "true",
        "1.5",
        "0.0",
        "-0.0"
      };
      b.append(odd[r.nextInt(odd.length)]);
    }

    private void bool() {
      String[] v =
          plain
              ? new String[] {"true", "false"}
              : new String[] {
                "true", "false", "null", "\"true\"", "\"TRUE\"", "\"no\"", "1", "{\"a\":[]}"
              };
      b.append(v[r.nextInt(v.length)]);
    }

    private void any(int depth) {
      int kind = depth <= 0 ? r.nextInt(4) : r.nextInt(6);
      switch (kind) {
        case 0 -> string(text());
        case 1 ->
            b.append(
                new String[] {"0", "-1", "3.25", "1e-7", "-0.5E+3", "123456789012345678901234"}
                    [r.nextInt(6)]);
        case 2 -> b.append(new String[] {"true", "false", "null"}[r.nextInt(3)]);
        case 3 -> string("");
        case 4 -> {
          b.append('[');
          space();
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            if (i > 0) {
              b.append(',');
              space();
            }
            any(depth - 1);
            space();
          }
          b.append(']');
        }
        default -> {
          List<Runnable> members = new ArrayList<>();
          int n = r.nextInt(4);
          for (int i = 0; i < n; i++) {
            String name =
                r.nextBoolean()
                    ? text()
                    : new String[] {"type", "text", "id", "usage", "content", "input"}
                        [r.nextInt(6)];
            members.add(() -> member(name, () -> any(depth - 1)));
          }
          object(members);
        }
      }
    }

    private String text() {
      StringBuilder t = new StringBuilder();
      int n = r.nextInt(6);
      for (int i = 0; i < n; i++) {
        t.append(WORDS[r.nextInt(WORDS.length)]);
      }
      return t.toString();
    }

    /** {@code s} as a JSON string, escaped the ways JSON allows (and some raw characters). */
    private void string(String s) {
      b.append('"');
      for (int i = 0; i < s.length(); i++) {
        char c = s.charAt(i);
        if (c == '\uFFFF') {
          b.append(escapedSurrogates ? "\\uDC00" : "?"); // a lone low surrogate, escaped
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length()) {
          if (escapedSurrogates && r.nextInt(4) == 0) {
            b.append(String.format("\\u%04X\\u%04X", (int) c, (int) s.charAt(i + 1)));
          } else {
            b.append(c).append(s.charAt(i + 1));
          }
          i++;
        } else if (c == '"' || c == '\\') {
          b.append('\\').append(c);
        } else if (c < 0x20) {
          b.append(String.format("\\u%04x", (int) c));
        } else if (c > 0x7f && r.nextInt(4) == 0) {
          b.append(String.format("\\u%04X", (int) c));
        } else if (c == '/' && r.nextBoolean()) {
          b.append("\\/");
        } else {
          b.append(c);
        }
      }
      b.append('"');
    }
  }
}
