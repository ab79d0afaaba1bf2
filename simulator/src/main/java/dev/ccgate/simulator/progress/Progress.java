package dev.ccgate.simulator.progress;

/**
 * Receives progress events of a load or a replay; implementations decide whether and how to show
 * them.
 */
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

  /** A phase counted in items rather than files, e.g. {@code replaying} {@code total} requests. */
  default void startItems(String phase, String unit, long total) {}

  /** {@code count} more items were done. */
  default void advanceItems(long count) {}

  /** A step that cannot count its work, e.g. {@code deduplicating}: shown with its elapsed time. */
  default void step(String phase) {}

  /** Clears the status line; the progress shows nothing after this. */
  @Override
  void close();
}
