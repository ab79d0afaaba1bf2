package dev.ccgate.simulator.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.ccgate.simulator.trace.TraceFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Telling a file's format from its first line alone gives what decoding its whole head gives. */
class FormatDetectorTest {
  private static final String TRANSCRIPT =
      "{\"parentUuid\":null,\"sessionId\":\"s\",\"type\":\"user\",\"message\":{\"content\":\"é\"}}";
  private static final String[] FIRST_BYTES = {
    TRANSCRIPT + "\n" + TRANSCRIPT + "\n",
    "\uFEFF" + TRANSCRIPT + "\n",
    "\n \r\n\t" + TRANSCRIPT + "\r\n",
    "\f" + TRANSCRIPT + "\n",
    "{\"type\":\"summary\",\"summary\":\"x\"}\n",
    "{\"type\":\"x\"}\n",
    "{\"resourceLogs\":[{\"scopeLogs\":[]}]}\n",
    "{\n  \"resourceLogs\": [\n    {}\n  ]\n}\n", // one record over several lines
    "[{\"spend\":1,\"startTime\":\"t\"}]\n",
    "{\"sessionId\":\"s\", \"cut\n",
    TRANSCRIPT, // no newline in the head
    "time,model,input_tokens\n1,m,2\n",
    "   \n",
    "",
    "{\"sessionId\":\"\u00ff\"} \n",
  };

  @Test
  void firstLineAloneAgreesWithTheWholeHead(@TempDir Path dir) throws IOException {
    FormatDetector detector = new FormatDetector();
    int n = 0;
    for (String head : FIRST_BYTES) {
      for (String name : new String[] {"a.jsonl", "a.json", "a.csv"}) {
        check(detector, dir, "f" + n++ + "-" + name, head.getBytes(StandardCharsets.UTF_8));
      }
    }
    // Bytes that are not UTF-8, in and after the first line.
    Random random = new Random(5);
    for (int k = 0; k < 200; k++) {
      byte[] b = (TRANSCRIPT + "\n" + TRANSCRIPT).getBytes(StandardCharsets.UTF_8);
      for (int j = 0; j < 3; j++) {
        b[random.nextInt(b.length)] = (byte) (0x80 + random.nextInt(128));
      }
      check(detector, dir, "r" + k + ".jsonl", b);
    }
  }

  private static void check(FormatDetector detector, Path dir, String name, byte[] content)
      throws IOException {
    Path file = dir.resolve(name);
    Files.write(file, content);
    Optional<TraceFormat> whole =
        detector.detect(new String(content, StandardCharsets.UTF_8), name);
    assertEquals(
        whole, detector.detect(file), name + ": " + new String(content, StandardCharsets.UTF_8));
  }

  @Test
  void theUsualTranscriptIsToldFromItsFirstLine() {
    byte[] head = (TRANSCRIPT + "\n{\"x\":1}\n").getBytes(StandardCharsets.UTF_8);
    assertEquals(TRANSCRIPT, FormatDetector.firstJsonLine(head));
    assertEquals(null, FormatDetector.firstJsonLine("a,b\n".getBytes(StandardCharsets.UTF_8)));
  }
}
