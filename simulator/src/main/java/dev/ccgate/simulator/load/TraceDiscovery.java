package dev.ccgate.simulator.load;

import dev.ccgate.simulator.reader.FormatDetector;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the files under each {@code --traces} root, in path order, and tells each one's format. The
 * developer a file belongs to is the first folder under its root ({@code
 * logs/<developer>/projects/...}); files of a bare {@code ~/.claude}-like tree ({@code
 * projects/...} right under the root) or right under the root take {@code --developer}. Hidden
 * files and the {@code --db} file itself are passed over.
 */
final class TraceDiscovery {
  /** The files to read and those passed over, with why. */
  record Found(List<TraceFile> files, List<String> skipped) {}

  private final FormatDetector detector = new FormatDetector();

  /**
   * The files of {@code options.traces()}; a file in {@code known} (by absolute path) with the same
   * size and modification time keeps its known format without being read.
   */
  Found discover(LoadOptions options, Map<Path, TraceFile> known) throws IOException {
    List<TraceFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    boolean prefix = options.traces().size() > 1;
    Path db = options.db() == null ? null : options.db().toAbsolutePath().normalize();
    for (Path input : options.traces()) {
      Path root = input.toAbsolutePath().normalize();
      if (!Files.exists(root)) {
        throw new NoSuchFileException(input.toString());
      }
      boolean single = Files.isRegularFile(root);
      Path base = single ? root.getParent() : root;
      String rootName = root.getFileName() == null ? "" : root.getFileName().toString();
      for (Path p : list(root)) {
        Path rel = base.relativize(p);
        if (isHidden(rel) || isDatabase(p, db)) {
          continue;
        }
        String name = (prefix ? rootName + "/" : "") + slashed(rel);
        BasicFileAttributes attributes = Files.readAttributes(p, BasicFileAttributes.class);
        long size = attributes.size();
        long modified = attributes.lastModifiedTime().toMillis();
        TraceFile was = known.get(p);
        Optional<TraceFormat> format =
            options.format() != null
                ? Optional.of(options.format())
                : was != null && was.size() == size && was.modifiedMillis() == modified
                    ? Optional.of(was.format())
                    : detector.detect(p);
        if (format.isEmpty()) {
          skipped.add(name + ": not a trace format ccgate reads");
          continue;
        }
        files.add(
            new TraceFile(
                p,
                name,
                size,
                modified,
                format.get(),
                single ? options.developer() : developerOf(rel, options.developer())));
      }
    }
    files.sort(Comparator.comparing(TraceFile::name));
    skipped.sort(Comparator.naturalOrder());
    return new Found(files, skipped);
  }

  private static List<Path> list(Path root) throws IOException {
    if (Files.isRegularFile(root)) {
      return List.of(root);
    }
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).sorted().toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static String developerOf(Path rel, String fallback) {
    if (rel.getNameCount() < 2) {
      return fallback;
    }
    String first = rel.getName(0).toString();
    return first.equals("projects") ? fallback : first;
  }

  private static boolean isHidden(Path rel) {
    for (Path part : rel) {
      if (part.toString().startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isDatabase(Path p, Path db) {
    if (db == null) {
      return false;
    }
    String s = p.toString();
    String d = db.toString();
    return s.equals(d) || s.equals(d + ".wal");
  }

  private static String slashed(Path rel) {
    StringBuilder b = new StringBuilder();
    for (Path part : rel) {
      if (b.length() > 0) {
        b.append('/');
      }
      b.append(part);
    }
    return b.toString();
  }
}
