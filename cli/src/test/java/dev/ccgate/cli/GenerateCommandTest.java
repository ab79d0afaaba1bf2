package dev.ccgate.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ccgate generate}, run through {@link Main#run} as a user would. */
class GenerateCommandTest {
  /** The command sample-traces/README.md says made sample-traces/logs. */
  private static final String[] SAMPLE_COMMAND = {
    "generate", "--roster", "sample", "--days", "30", "--start", "2026-11-01", "--seed", "7"
  };

  private static final Path SAMPLE = Path.of("../sample-traces/logs");

  @TempDir Path dir;

  private static List<Path> files(Path root) throws Exception {
    try (Stream<Path> walk = Files.walk(root)) {
      return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
    }
  }

  @Test
  void theReadmeCommandWritesTheCheckedInSampleByteForByte() throws Exception {
    Path out = dir.resolve("logs");
    String[] args = new String[SAMPLE_COMMAND.length + 2];
    System.arraycopy(SAMPLE_COMMAND, 0, args, 0, SAMPLE_COMMAND.length);
    args[args.length - 2] = "--out";
    args[args.length - 1] = out.toString();
    CliRun r = CliRun.of(args);
    assertEquals(0, r.code(), r.err());
    List<Path> files = files(out);
    assertEquals(files(SAMPLE), files, "regenerate sample-traces/logs with the README command");
    for (Path f : files) {
      assertArrayEquals(
          Files.readAllBytes(SAMPLE.resolve(f)), Files.readAllBytes(out.resolve(f)), f.toString());
    }
  }

  @Test
  void printsTheFilesLinesRequestsAndBytesItWrote() {
    CliRun r =
        CliRun.of(
            "generate",
            "--developers",
            "6",
            "--teams",
            "2",
            "--days",
            "7",
            "--format",
            "csv",
            "--out",
            dir.resolve("csv").toString());
    assertEquals(0, r.code(), r.err());
    assertTrue(r.out().matches("(?s)wrote \\d+ files, [\\d,]+ lines, .*"), r.out());
    assertTrue(r.out().contains(" MB of csv to "), r.out());
    assertTrue(
        r.out().contains("6 developers in 2 teams, 7 days from 2026-11-01, seed 1"), r.out());
    assertTrue(r.out().contains("requests after dedup: "), r.out());
    assertTrue(r.out().contains("list-price spend: team-1 $"), r.out());
  }

  @Test
  void badOptionsAreUsageErrors() throws Exception {
    String out = dir.resolve("x").toString();
    assertEquals(
        ExitCode.USAGE,
        CliRun.of("generate", "--roster", "sample", "--developers", "5", "--out", out).code());
    assertEquals(
        ExitCode.USAGE, CliRun.of("generate", "--roster", "everyone", "--out", out).code());
    assertEquals(ExitCode.USAGE, CliRun.of("generate", "--format", "parquet", "--out", out).code());
    CliRun teams = CliRun.of("generate", "--developers", "3", "--teams", "5", "--out", out);
    assertEquals(ExitCode.USAGE, teams.code());
    assertTrue(teams.err().contains("--teams"), teams.err());
    assertEquals(ExitCode.USAGE, CliRun.of("generate", "--days", "0", "--out", out).code());
    CliRun activity = CliRun.of("generate", "--activity", "0", "--out", out);
    assertEquals(ExitCode.USAGE, activity.code());
    assertTrue(activity.err().contains("--activity"), activity.err());
    Files.writeString(dir.resolve("keep.txt"), "mine");
    CliRun notEmpty = CliRun.of("generate", "--out", dir.toString());
    assertEquals(ExitCode.USAGE, notEmpty.code());
    assertTrue(notEmpty.err().contains("is not empty"), notEmpty.err());
  }

  @Test
  void activityMultipliesOneDevelopersSessions() {
    long base = sessions(oneDeveloper("base", "1"));
    long busy = sessions(oneDeveloper("busy", "40"));
    assertTrue(base > 0, "one developer over two weeks has some sessions");
    // Poisson draws around 40x the rate: far above 10x, whatever the seed.
    assertTrue(busy > 10 * base, base + " sessions at activity 1, " + busy + " at 40");
  }

  private CliRun oneDeveloper(String name, String activity) {
    CliRun r =
        CliRun.of(
            "generate",
            "--developers",
            "1",
            "--teams",
            "1",
            "--days",
            "14",
            "--format",
            "csv",
            "--activity",
            activity,
            "--out",
            dir.resolve(name).toString());
    assertEquals(0, r.code(), r.err());
    return r;
  }

  private static long sessions(CliRun r) {
    Matcher m = Pattern.compile("seed \\d+: ([\\d,]+) sessions").matcher(r.out());
    assertTrue(m.find(), r.out());
    return Long.parseLong(m.group(1).replace(",", ""));
  }
}
