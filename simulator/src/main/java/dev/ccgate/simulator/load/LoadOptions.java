package dev.ccgate.simulator.load;

import dev.ccgate.simulator.progress.Progress;
import dev.ccgate.simulator.trace.TraceFormat;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * What to load and how.
 *
 * @param traces files or folders; every file under a folder is read
 * @param format the format to force on every file, or null to detect each file's
 * @param developer who the transcripts of a bare {@code ~/.claude}-like tree (or files directly
 *     under a root) belong to, or null
 * @param strict fail on the first bad line instead of counting and skipping it
 * @param db the database file to keep (and reuse when the inputs are unchanged), or null for an
 *     in-memory database
 */
public record LoadOptions(
    List<Path> traces,
    TraceFormat format,
    String developer,
    boolean strict,
    Path db,
    Progress progress) {

  /** Validates the options. */
  public LoadOptions {
    traces = List.copyOf(traces);
    if (traces.isEmpty()) {
      throw new IllegalArgumentException("no traces given (use --traces DIR)");
    }
    Objects.requireNonNull(progress, "progress");
  }

  /** Detected formats, lenient, in memory, silent. */
  public static LoadOptions of(Path... traces) {
    return new LoadOptions(List.of(traces), null, null, false, null, Progress.NONE);
  }

  /** A string that changes whenever an option that changes the loaded rows changes. */
  String fingerprint() {
    StringBuilder b = new StringBuilder();
    for (Path p : traces) {
      b.append(p.toAbsolutePath().normalize()).append('\n');
    }
    b.append("format=").append(format == null ? "auto" : format.id()).append('\n');
    b.append("developer=").append(developer == null ? "" : developer);
    return b.toString();
  }
}
