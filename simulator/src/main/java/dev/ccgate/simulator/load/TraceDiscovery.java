package dev.ccgate.simulator.load;

import dev.ccgate.simulator.reader.FormatDetector;
import dev.ccgate.simulator.trace.TraceFile;
import dev.ccgate.simulator.trace.TraceFormat;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Finds the files under each {@code --traces} root, in path order, and tells each one's format. The
 * developer a file belongs to is the first folder under its root ({@code
 * logs/<developer>/projects/...}); files of a bare {@code ~/.claude}-like tree ({@code
 * projects/...} right under the root) or right under the root take {@code --developer}. Hidden
 * files and the {@code --db} file itself are passed over.
 */
public final class TraceDiscovery {
  /** The files to read and those passed over, with why. */
  public record Found(List<TraceFile> files, List<String> skipped) {}

  private final FormatDetector detector = new FormatDetector();

  /** The trace files under {@code options.traces()}, sorted by name, and the files passed over. */
  public Found discover(LoadOptions options) throws IOException {
    return discover(options, Map.of());
  }

  /**
   * The files of {@code options.traces()}; a file in {@code known} (by absolute path) with the same
   * size and modification time keeps its known format without being read.
   */
  Found discover(LoadOptions options, Map<Path, TraceFile> known) throws IOException {
    List<Candidate> candidates = new ArrayList<>();
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
      for (Map.Entry<Path, BasicFileAttributes> e : list(root).entrySet()) {
        Path p = e.getKey();
        Path rel = base.relativize(p);
        if (isHidden(rel) || isDatabase(p, db)) {
          continue;
        }
        long size = e.getValue().size();
        long modified = e.getValue().lastModifiedTime().toMillis();
        TraceFile was = known.get(p);
        TraceFormat format =
            options.format() != null
                ? options.format()
                : was != null && was.size() == size && was.modifiedMillis() == modified
                    ? was.format()
                    : null;
        candidates.add(
            new Candidate(
                p,
                (prefix ? rootName + "/" : "") + slashed(rel),
                size,
                modified,
                format,
                single ? options.developer() : developerOf(rel, options.developer())));
      }
    }
    return found(candidates, detect(candidates));
  }

  /** A file found, with its format when the options or the manifest already tell it. */
  private record Candidate(
      Path path, String name, long size, long modified, TraceFormat format, String developer) {}

  /**
   * The candidates with the formats still unknown told from their first bytes, on every core:
   * opening thousands of small files one after the other left the second core idle for seconds
   * before the first file was read (2-4 s at 22,089 files).
   */
  private List<Optional<TraceFormat>> detect(List<Candidate> candidates) throws IOException {
    try {
      return candidates.parallelStream()
          .map(
              c -> {
                try {
                  return c.format() != null ? Optional.of(c.format()) : detector.detect(c.path());
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              })
          .toList();
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }

  private static Found found(List<Candidate> candidates, List<Optional<TraceFormat>> formats) {
    List<TraceFile> files = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (int i = 0; i < candidates.size(); i++) {
      Candidate c = candidates.get(i);
      if (formats.get(i).isEmpty()) {
        skipped.add(c.name() + ": not a trace format ccgate reads");
        continue;
      }
      files.add(
          new TraceFile(
              c.path(), c.name(), c.size(), c.modified(), formats.get(i).get(), c.developer()));
    }
    files.sort(Comparator.comparing(TraceFile::name));
    skipped.sort(Comparator.naturalOrder());
    return new Found(files, skipped);
  }

  /**
   * The regular files under {@code root} (or {@code root} itself) in path order, with their
   * attributes as the walk read them (one stat per file; a symbolic link is followed).
   */
  private static Map<Path, BasicFileAttributes> list(Path root) throws IOException {
    Map<Path, BasicFileAttributes> found = new TreeMap<>();
    if (Files.isRegularFile(root)) {
      found.put(root, Files.readAttributes(root, BasicFileAttributes.class));
      return found;
    }
    Files.walkFileTree(
        root,
        new SimpleFileVisitor<>() {
          @Override
          public FileVisitResult visitFile(Path file, BasicFileAttributes attributes)
              throws IOException {
            if (attributes.isRegularFile()) {
              found.put(file, attributes);
            } else if (attributes.isSymbolicLink() && Files.isRegularFile(file)) {
              found.put(file, Files.readAttributes(file, BasicFileAttributes.class));
            }
            return FileVisitResult.CONTINUE;
          }
        });
    return found;
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
