package dev.ccgate.simulator.progress;

import java.io.Closeable;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.IntSupplier;
import java.util.function.LongSupplier;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;
import org.jline.terminal.spi.SystemStream;
import org.jline.terminal.spi.TerminalProvider;

/**
 * A status line on the terminal behind stderr, redrawn at most five times a second: {@code loading
 * 120/3,400 files 1,234,567 rows 212 MB/s ETA 0:14}, then {@code deduplicating 0:03}, then {@code
 * replaying 1,200,000/9,671,878 requests 1,050,112/s ETA 0:08}.
 */
public final class TerminalProgress implements Progress {
  private static final long REDRAW_NANOS = 200_000_000L;

  private final PrintWriter out;
  private final IntSupplier columns;
  private final LongSupplier nanoClock;
  private final Closeable terminal;
  private String phase = "";
  private long totalFiles;
  private long totalBytes;
  private long files;
  private long bytes;
  private long rows;
  private long started;
  private long lastDraw;
  private Mode mode = Mode.FILES;
  private String unit = "";
  private boolean closed;

  private enum Mode {
    FILES,
    ITEMS,
    STEP
  }

  /**
   * A status line written to {@code out}, cut to {@code columns} characters, timed by {@code
   * nanoClock}; {@code terminal} is closed with it. Tests drive it with a fake clock.
   */
  TerminalProgress(
      PrintWriter out, IntSupplier columns, LongSupplier nanoClock, Closeable terminal) {
    this.out = out;
    this.columns = columns;
    this.nanoClock = nanoClock;
    this.terminal = terminal;
  }

  /** Progress on stderr when it is a terminal (asked through JLine), else {@link #NONE}. */
  public static Progress forStderr() {
    try {
      TerminalBuilder builder = TerminalBuilder.builder();
      if (!stderrIsTerminal(builder)) {
        return NONE;
      }
      Terminal t =
          builder
              .system(true)
              .systemOutput(TerminalBuilder.SystemOutput.SysErr)
              .dumb(true)
              .nativeSignals(false)
              // No capability probes: they write queries (DA1, DECRQM, cursor position) and wait
              // half a second for answers a status line never needs.
              .graphemeCluster(false)
              .build();
      return new TerminalProgress(
          t.writer(), () -> t.getSize().getColumns(), System::nanoTime, t::close);
    } catch (IOException | RuntimeException | LinkageError e) {
      return NONE; // progress is a nicety; never fail a load over it
    }
  }

  private static boolean stderrIsTerminal(TerminalBuilder builder) {
    for (TerminalProvider p : builder.getProviders(null, new IllegalStateException())) {
      if (p.isSystemStream(SystemStream.Error)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public void start(String phase, long totalFiles, long totalBytes) {
    begin(phase, Mode.FILES, totalFiles, totalBytes);
  }

  @Override
  public void startItems(String phase, String unit, long total) {
    this.unit = unit;
    begin(phase, Mode.ITEMS, total, 0);
  }

  @Override
  public void step(String phase) {
    begin(phase, Mode.STEP, 0, 0);
  }

  private void begin(String phase, Mode mode, long totalFiles, long totalBytes) {
    this.phase = phase;
    this.mode = mode;
    this.totalFiles = totalFiles;
    this.totalBytes = totalBytes;
    this.files = 0;
    this.bytes = 0;
    this.rows = 0;
    this.started = nanoClock.getAsLong();
    this.lastDraw = 0;
    draw(true);
  }

  @Override
  public void advance(long files, long bytes, long rows) {
    this.files += files;
    this.bytes += bytes;
    this.rows += rows;
    draw(this.files == totalFiles);
  }

  @Override
  public void advanceItems(long count) {
    this.files += count;
    draw(this.files == totalFiles);
  }

  private void draw(boolean force) {
    long now = nanoClock.getAsLong();
    if (closed || (!force && now - lastDraw < REDRAW_NANOS)) {
      return;
    }
    lastDraw = now;
    double seconds = Math.max(1e-3, (now - started) / 1e9);
    String line =
        switch (mode) {
          case FILES -> filesLine(seconds);
          case ITEMS -> itemsLine(seconds);
          case STEP -> phase + " " + clock((long) seconds);
        };
    int width = Math.max(20, columns.getAsInt() <= 0 ? 100 : columns.getAsInt()) - 1;
    out.print('\r' + (line.length() > width ? line.substring(0, width) : line) + "\u001b[K");
    out.flush();
  }

  private String filesLine(double seconds) {
    double rate = bytes / seconds;
    String eta =
        rate > 0 && totalBytes > bytes ? clock((long) ((totalBytes - bytes) / rate)) : "0:00";
    return String.format(
        Locale.ROOT,
        "%s %,d/%,d files  %,d rows  %.0f MB/s  ETA %s",
        phase,
        files,
        totalFiles,
        rows,
        rate / 1e6,
        eta);
  }

  private String itemsLine(double seconds) {
    double rate = files / seconds;
    String eta =
        rate > 0 && totalFiles > files ? clock((long) ((totalFiles - files) / rate)) : "0:00";
    return String.format(
        Locale.ROOT, "%s %,d/%,d %s  %,.0f/s  ETA %s", phase, files, totalFiles, unit, rate, eta);
  }

  private static String clock(long seconds) {
    return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    out.print("\r\u001b[K");
    out.flush();
    try {
      terminal.close();
    } catch (IOException e) {
      // nothing left to show
    }
  }
}
