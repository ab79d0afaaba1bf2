package dev.ccgate.simulator.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.ccgate.simulator.reader.TranscriptReader.TranscriptLine;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** The scanner on the shapes of formats.md section 1 and on the lines it must leave to Jackson. */
class TranscriptScanTest {
  private static final TranscriptReader JACKSON = new TranscriptReader();

  /** formats.md 1.7 (a): a main-thread response with a 1-hour cache write. */
  private static final String EXAMPLE_A =
      "{\"parentUuid\":\"5b0c1f9e\",\"isSidechain\":false,\"userType\":\"external\","
          + "\"cwd\":\"/Users/alice/src/payments-api\",\"sessionId\":\"3f2b8c1e\","
          + "\"version\":\"2.1.240\",\"gitBranch\":\"feature/refunds\",\"type\":\"assistant\","
          + "\"message\":{\"model\":\"claude-opus-5-5\",\"id\":\"msg_01HqZ7c9\",\"type\":\"message\","
          + "\"role\":\"assistant\",\"content\":[{\"type\":\"text\",\"text\":\"I'll add it.\"}],"
          + "\"stop_reason\":null,\"stop_sequence\":null,\"usage\":{\"input_tokens\":6,"
          + "\"cache_creation_input_tokens\":4210,\"cache_read_input_tokens\":118934,"
          + "\"cache_creation\":{\"ephemeral_5m_input_tokens\":0,\"ephemeral_1h_input_tokens\":4210},"
          + "\"output_tokens\":812,\"output_tokens_details\":{\"thinking_tokens\":240},"
          + "\"server_tool_use\":{\"web_search_requests\":2,\"web_fetch_requests\":0},"
          + "\"service_tier\":\"standard\",\"inference_geo\":\"global\",\"speed\":\"fast\"}},"
          + "\"requestId\":\"req_011CfQ2m\",\"uuid\":\"a9d4e2f1\","
          + "\"timestamp\":\"2026-11-24T15:42:07.318Z\"}";

  @Test
  void readsEveryFieldOfTheDocumentedLine() {
    TranscriptLine t = scanned(EXAMPLE_A);
    assertEquals(
        Arrays.asList(
            "2026-11-24T15:42:07.318Z",
            "3f2b8c1e",
            "req_011CfQ2m",
            null,
            false,
            "msg_01HqZ7c9",
            "claude-opus-5-5",
            true,
            6L,
            812L,
            4210L,
            118934L,
            0L,
            4210L,
            2L,
            "fast",
            "global"),
        t.values());
  }

  @Test
  void contentThatLooksLikeJsonInsideStringsIsSkipped() {
    String tricky =
        "\"text\":\"a \\\"usage\\\":{\\\"input_tokens\\\":999} ]}{[ \\\\\\\" é 中 😀 \\u00e9\\ud83d\\ude00\"";
    scanned(EXAMPLE_A.replace("\"text\":\"I'll add it.\"", tricky));
    scanned(
        EXAMPLE_A.replace(
            "\"content\":[{\"type\":\"text\",\"text\":\"I'll add it.\"}]",
            "\"content\":\"plain text content with } and ] and \\\"quotes\\\"\""));
    // Nested tool input, arrays of arrays, numbers of every JSON form.
    scanned(
        EXAMPLE_A.replace(
            "\"text\":\"I'll add it.\"",
            "\"input\":{\"a\":[[[]],{},[{\"b\":[1,-2.5e-3,0,1E+9,true,false,null]}]],\"c\":\"\"}"));
  }

  @Test
  void usageBeforeOrAfterContentAndMessageFirstOrLast() {
    String usageFirst =
        "{\"message\":{\"usage\":{\"input_tokens\":1,\"output_tokens\":2},"
            + "\"content\":[{\"type\":\"text\",\"text\":\"x\"}],\"model\":\"m\",\"id\":\"i\"},"
            + "\"timestamp\":\"2026-11-24T15:42:07.318Z\"}";
    assertEquals(1L, scanned(usageFirst).values().get(8));
    String messageLast =
        "{\"timestamp\":\"2026-11-24T15:42:07.318Z\",\"message\":{\"model\":\"m\","
            + "\"content\":\"x\",\"usage\":{\"output_tokens\":2,\"input_tokens\":1}}}";
    assertEquals(2L, scanned(messageLast).values().get(9));
  }

  @Test
  void whitespaceBetweenTokensIsAllowed() {
    scanned("{ \"message\" :\t{ \"usage\" : { \"input_tokens\" : 1 } , \"content\" : [ ] } \r}");
    scanned("{\"message\":{\"usage\":{},\"content\":{}}}");
  }

  @Test
  void repeatedNamesKeepTheLastValueAsJacksonDoes() {
    TranscriptLine t =
        scanned(
            "{\"requestId\":\"a\",\"message\":{\"model\":\"m\",\"usage\":{\"input_tokens\":1}},"
                + "\"requestId\":\"b\",\"message\":{\"model\":\"n\",\"usage\":7}}");
    assertEquals("b", t.requestId);
    assertEquals("n", t.model);
    assertEquals(1L, t.input);
  }

  @Test
  void oddButValidValuesAreReadAsJacksonReadsThem() {
    TranscriptLine t =
        scanned(
            "{\"isSidechain\":\"TRUE\",\"agentId\":null,\"message\":[1,2],"
                + "\"sessionId\":\"\"}");
    assertEquals(Boolean.TRUE, t.sidechain);
    assertNull(t.agentId);
    scanned("{\"isSidechain\":42,\"message\":{\"usage\":{\"input_tokens\":null}}}");
    // A null count is 0, as a missing one is (Jackson's reading used to crash on it).
    TranscriptLine nulls =
        scanned(
            "{\"message\":{\"usage\":{\"cache_read_input_tokens\":null,"
                + "\"cache_creation_input_tokens\":null,"
                + "\"server_tool_use\":{\"web_search_requests\":null}}}}");
    assertEquals(0L, nulls.read);
    scanned("{\"message\":{\"usage\":{\"cache_creation\":[],\"server_tool_use\":\"x\"}}}");
  }

  @Test
  void linesOnlyJacksonCanJudgeAreLeftToIt() {
    String[] leftToJackson = {
      // names or kept strings with escapes, non-ASCII kept strings
      "{\"\\u0074imestamp\":\"2026-11-24T15:42:07.318Z\",\"message\":{\"usage\":{}}}",
      "{\"message\":{\"model\":\"claude\\u002dopus\",\"usage\":{}}}",
      "{\"message\":{\"model\":\"mödel\",\"usage\":{}}}",
      // counts that are not plain non-negative integers
      "{\"message\":{\"usage\":{\"input_tokens\":\"12\"}}}",
      "{\"message\":{\"usage\":{\"input_tokens\":-0}}}",
      "{\"message\":{\"usage\":{\"input_tokens\":1.0}}}",
      "{\"message\":{\"usage\":{\"input_tokens\":99999999999999999999}}}",
      // kept fields of the wrong kind
      "{\"timestamp\":42,\"message\":{\"usage\":{}}}",
      "{\"sessionId\":{\"a\":1},\"message\":{\"usage\":{}}}",
      // BOM, not an object, more after the object
      "\uFEFF{\"message\":{\"usage\":{}}}",
      "[{\"message\":{\"usage\":{}}}]",
      "{\"message\":{\"usage\":{}}} {\"usage\":{}}",
    };
    for (String line : leftToJackson) {
      assertNull(scan(line), line);
    }
    // What Jackson then makes of them: the escaped name is the timestamp, the quoted count a count.
    String escaped = leftToJackson[0];
    assertEquals(
        "2026-11-24T15:42:07.318Z",
        JACKSON.parse(bytes(escaped), 0, bytes(escaped).length).timestamp);
    assertEquals(
        12L, JACKSON.parse(bytes(leftToJackson[3]), 0, bytes(leftToJackson[3]).length).input);
  }

  @Test
  void deepNestingIsLeftToJackson() {
    String deep = "[".repeat(300) + "]".repeat(300);
    String line = "{\"toolUseResult\":" + deep + ",\"message\":{\"usage\":{}}}";
    assertNull(scan(line));
    assertEquals(true, JACKSON.parse(bytes(line), 0, bytes(line).length).hasUsage);
    assertNotNull(scan("{\"toolUseResult\":" + "[".repeat(100) + "]".repeat(100) + "}"));
  }

  @Test
  void malformedLinesAreLeftToJacksonWhichRejectsThem() {
    String[] malformed = {
      EXAMPLE_A.substring(0, EXAMPLE_A.length() - 1), // truncated: the crash case
      EXAMPLE_A.substring(0, EXAMPLE_A.indexOf("\"content\"") + 20),
      "{\"message\":{\"usage\":{\"input_tokens\":01}}}",
      "{\"message\":{\"usage\":{}},}",
      "{\"message\":{\"content\":[1,],\"usage\":{}}}",
      "{\"message\":{\"content\":[1 2],\"usage\":{}}}",
      "{\"message\":{\"content\":\"tab\there\",\"usage\":{}}}",
      "{\"message\":{\"content\":\"bad \\x escape\",\"usage\":{}}}",
      "{\"message\":{\"content\":\"\\u12G4\",\"usage\":{}}}",
      "{\"message\":{\"content\":{\"a\" 1},\"usage\":{}}}",
      "{\"message\":{\"content\":{a:1},\"usage\":{}}}",
      "{\"message\":{\"content\":[tru],\"usage\":{}}}",
      "{\"message\":{\"content\":[-],\"usage\":{}}}",
      "{\"message\":{\"content\":[1.],\"usage\":{}}}",
      "{\"message\":{\"content\":[.5],\"usage\":{}}}",
      "{\"message\":{\"content\":['x'],\"usage\":{}}}",
      "{\"message\":{\"usage\":{\"input_tokens\":1}}}x",
      "{\"message\":{\"usage\":{\"input_tokens\":1x}}}",
    };
    for (String line : malformed) {
      assertNull(scan(line), line);
      assertThrows(BadRecord.class, () -> JACKSON.parse(bytes(line), 0, bytes(line).length), line);
    }
  }

  @Test
  void invalidUtf8IsLeftToJackson() {
    byte[] prefix = "{\"message\":{\"content\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] suffix = "\",\"usage\":{}}}".getBytes(StandardCharsets.US_ASCII);
    byte[][] bad = {{(byte) 0xC3}, {(byte) 0x80}, {(byte) 0xFF}, {(byte) 0xE4, (byte) 0xB8}};
    for (byte[] b : bad) {
      byte[] line = new byte[prefix.length + b.length + suffix.length];
      System.arraycopy(prefix, 0, line, 0, prefix.length);
      System.arraycopy(b, 0, line, prefix.length, b.length);
      System.arraycopy(suffix, 0, line, prefix.length + b.length, suffix.length);
      assertNull(new TranscriptScan(line).scan(0, line.length));
      assertThrows(BadRecord.class, () -> JACKSON.parse(line, 0, line.length));
    }
  }

  @Test
  void aLineIsReadOnlyUpToItsEnd() {
    byte[] two = (EXAMPLE_A + "\n" + EXAMPLE_A).getBytes(StandardCharsets.UTF_8);
    int end = EXAMPLE_A.getBytes(StandardCharsets.UTF_8).length;
    assertNotNull(new TranscriptScan(two).scan(0, end));
    assertNotNull(new TranscriptScan(two).scan(end + 1, two.length));
    // A range that does not end at a space or newline is not a line the scanner answers for.
    assertNull(new TranscriptScan(two).scan(0, end - 1));
    assertNull(new TranscriptScan(two).scan(end + 1, end + 20));
  }

  /** Scans {@code line}, checks Jackson reads the same, and returns it. */
  private static TranscriptLine scanned(String line) {
    TranscriptLine fast = scan(line);
    assertNotNull(fast, line);
    byte[] b = bytes(line);
    assertEquals(JACKSON.parse(b, 0, b.length).values(), fast.values(), line);
    return fast;
  }

  private static TranscriptLine scan(String line) {
    byte[] b = bytes(line);
    return new TranscriptScan(b).scan(0, b.length);
  }

  private static byte[] bytes(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }
}
