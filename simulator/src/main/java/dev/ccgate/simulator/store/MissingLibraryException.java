package dev.ccgate.simulator.store;

/**
 * DuckDB's native library is nowhere its driver looks (usually: {@code ccgate.jar} was copied
 * without the {@code libduckdb_java.so_*} files the build puts beside it). The message says which
 * file is missing and where it belongs.
 */
public final class MissingLibraryException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  /** The failure, with {@code message} saying what is missing and where it belongs. */
  public MissingLibraryException(String message) {
    super(message);
  }
}
