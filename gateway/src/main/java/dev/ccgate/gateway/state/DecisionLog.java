package dev.ccgate.gateway.state;

import dev.ccgate.decision.DecisionLogCodec;
import dev.ccgate.decision.DecisionRecord;
import dev.ccgate.decision.WalletAdjustment;
import java.io.Closeable;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The gateway's decision log: one {@link DecisionLogCodec} line per request, appended to {@code
 * decisions-YYYY-MM-DD.jsonl} in the state directory, one file per UTC day. A line goes to the file
 * of the day it is <em>written</em> (its {@code time} field is when the request arrived), so the
 * files, read in date order, are exactly the order the ledger was settled in.
 *
 * <p>Each line is handed to the OS in one write, so a {@code kill -9} loses at most a line that was
 * half-written; opening a file for appending first cuts such a torn tail off, so the next line
 * starts clean. There is no fsync per request line: a power cut can lose what the OS had not yet
 * written. Admin credits and resets ({@link WalletAdjustment}) are lines of the same log, in ledger
 * order, each forced to disk before the admin call answers.
 */
public final class DecisionLog implements Closeable {
  private static final Logger LOG = LoggerFactory.getLogger(DecisionLog.class);
  private static final String PREFIX = "decisions-";
  private static final String SUFFIX = ".jsonl";

  private final Path dir;
  private final Clock clock;
  private FileChannel channel;
  private LocalDate channelDay;
  private long failures;

  /** A log in {@code dir}, rotated by {@code clock}'s UTC date. */
  public DecisionLog(Path dir, Clock clock) throws IOException {
    this.dir = Files.createDirectories(dir);
    this.clock = clock;
  }

  /** The file holding the lines written on {@code day} (UTC). */
  public static Path fileFor(Path dir, LocalDate day) {
    return dir.resolve(PREFIX + day + SUFFIX);
  }

  /** The decision-log files in {@code dir}, oldest day first (none when it does not exist). */
  public static List<Path> files(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(f -> dayOf(f) != null)
          .sorted(Comparator.comparing(DecisionLog::dayOf))
          .toList();
    }
  }

  /** The UTC day of a decision-log file name, or null when the name is not one. */
  static LocalDate dayOf(Path file) {
    String name = file.getFileName().toString();
    if (!name.startsWith(PREFIX) || !name.endsWith(SUFFIX)) {
      return null;
    }
    try {
      return LocalDate.parse(name.substring(PREFIX.length(), name.length() - SUFFIX.length()));
    } catch (java.time.format.DateTimeParseException e) {
      return null;
    }
  }

  /**
   * Appends one line. A write failure is logged and counted, never thrown: the request it records
   * has already been answered, and its spend is in the ledger.
   */
  public synchronized void append(DecisionRecord record) {
    byte[] line = DecisionLogCodec.line(record);
    try {
      FileChannel out = channelFor(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
      ByteBuffer buffer = ByteBuffer.wrap(line);
      while (buffer.hasRemaining()) {
        out.write(buffer);
      }
    } catch (IOException e) {
      failures++;
      LOG.error("decision log: cannot append request {}: {}", record.requestId(), e.toString());
    }
  }

  /**
   * Appends a wallet adjustment and forces it to the storage device before returning: an admin
   * credit or reset is rare and must survive a restart (and a power cut) once acknowledged. Throws
   * when it cannot, so that the caller can refuse the adjustment instead of losing it later.
   */
  public synchronized void appendDurably(WalletAdjustment adjustment) throws IOException {
    byte[] line = (DecisionLogCodec.write(adjustment) + "\n").getBytes(StandardCharsets.UTF_8);
    FileChannel out = channelFor(LocalDate.now(clock.withZone(ZoneOffset.UTC)));
    ByteBuffer buffer = ByteBuffer.wrap(line);
    while (buffer.hasRemaining()) {
      out.write(buffer);
    }
    out.force(false);
  }

  /** Lines that could not be written since start. */
  public synchronized long failures() {
    return failures;
  }

  private FileChannel channelFor(LocalDate day) throws IOException {
    if (channel != null && day.equals(channelDay)) {
      return channel;
    }
    if (channel != null) {
      channel.close();
      channel = null;
    }
    Path file = fileFor(dir, day);
    cutTornTail(file);
    channel =
        FileChannel.open(
            file, StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND);
    channelDay = day;
    return channel;
  }

  /** Drops a last line without its newline (a write cut short by a kill) before appending. */
  private static void cutTornTail(Path file) throws IOException {
    if (!Files.exists(file)) {
      return;
    }
    try (FileChannel ch =
        FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE)) {
      long size = ch.size();
      long end = size;
      ByteBuffer one = ByteBuffer.allocate(1);
      while (end > 0) {
        one.clear();
        ch.read(one, end - 1);
        if (one.get(0) == '\n') {
          break;
        }
        end--;
      }
      if (end < size) {
        ch.truncate(end);
        LOG.warn(
            "decision log: cut a torn last line ({} bytes) from {}",
            size - end,
            file.getFileName());
      }
    }
  }

  @Override
  public synchronized void close() throws IOException {
    if (channel != null) {
      channel.close();
      channel = null;
    }
  }
}
