package dev.ccgate.simulator.generate;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Test helpers: generate into a folder, list and compare trees. */
final class Trees {
  static final LocalDate NOVEMBER = LocalDate.of(2026, 11, 1);

  private Trees() {}

  /** {@code developers} numbered developers in {@code teams} teams for {@code days} days. */
  static GenerateSummary numbered(
      Path out, GenerateFormat format, int developers, int teams, int days, long seed, int threads)
      throws IOException {
    return new TrafficGenerator()
        .generate(
            new GenerateOptions(
                out, format, false, developers, teams, days, seed, NOVEMBER, threads));
  }

  /** The sample roster for {@code days} days of November 2026. */
  static GenerateSummary sample(Path out, int days, long seed) throws IOException {
    return new TrafficGenerator()
        .generate(
            new GenerateOptions(
                out, GenerateFormat.TRANSCRIPTS, true, 0, 0, days, seed, NOVEMBER, 2));
  }

  /** Every file under {@code root}, relative, sorted. */
  static List<Path> files(Path root) throws IOException {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  /** True when both trees hold the same files with the same bytes. */
  static boolean identical(Path a, Path b) throws IOException {
    List<Path> files = files(a);
    if (!files.equals(files(b))) {
      return false;
    }
    for (Path f : files) {
      if (!Arrays.equals(Files.readAllBytes(a.resolve(f)), Files.readAllBytes(b.resolve(f)))) {
        return false;
      }
    }
    return true;
  }

  /** The total size of every file under {@code root}. */
  static long bytes(Path root) throws IOException {
    long sum = 0;
    for (Path f : files(root)) {
      sum += Files.size(root.resolve(f));
    }
    return sum;
  }
}
