package dev.ccgate.simulator.progress;

/** Receives progress events of a load; implementations decide whether and how to show them. */
public interface Progress extends AutoCloseable {
  /** Shows nothing. */
  Progress NONE =
      new Progress() {
        @Override
        public void start(String phase, long totalFiles, long totalBytes) {}

        @Override
        public void advance(long files, long bytes, long rows) {}

        @Override
        public void close() {}
      };

  /** A phase begins, e.g. {@code loading}, with its total work. */
  void start(String phase, long totalFiles, long totalBytes);

  /** {@code files} more files ({@code bytes}) were done, yielding {@code rows} rows. */
  void advance(long files, long bytes, long rows);

  /** Clears the status line. */
  @Override
  void close();
}
