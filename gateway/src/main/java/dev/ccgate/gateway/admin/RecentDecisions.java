package dev.ccgate.gateway.admin;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.gateway.state.DecisionLog;
import dev.ccgate.gateway.wire.JsonText;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * The last lines of the decision log (which holds no prompt text and no key), newest file first,
 * returned oldest first. A torn line is skipped.
 */
final class RecentDecisions {
  private final Path dir;

  RecentDecisions(Path dir) {
    this.dir = dir;
  }

  String json(int limit) throws IOException {
    Deque<String> lines = new ArrayDeque<>();
    List<Path> files = DecisionLog.files(dir);
    for (int n = files.size() - 1; n >= 0; n--) { // newest day first
      Path f = files.get(n);
      List<String> all = Files.readAllLines(f, StandardCharsets.UTF_8);
      for (int i = all.size() - 1; i >= 0 && lines.size() < limit; i--) {
        String line = all.get(i);
        if (readable(line)) {
          lines.addFirst(line);
        }
      }
      if (lines.size() >= limit) {
        break;
      }
    }
    return JsonText.object(
        g -> {
          g.writeArrayFieldStart("decisions");
          for (String line : lines) {
            g.writeRawValue(line);
          }
          g.writeEndArray();
        });
  }

  private static boolean readable(String line) {
    if (line.isBlank()) {
      return false;
    }
    try {
      DecisionLogCodec.read(line);
      return true;
    } catch (RuntimeException e) {
      return false;
    }
  }
}
