package dev.ccgate.cli;

/** The process exit codes, mapped in one place (see {@link Main#run}). */
public final class ExitCode {
  /** Success. */
  public static final int OK = 0;

  /** The input was read and has problems (e.g. {@code validate} found errors). */
  public static final int FINDINGS = 1;

  /** Bad usage, or a file that cannot be read. */
  public static final int USAGE = 2;

  /** Input data that cannot be used. */
  public static final int BAD_INPUT = 3;

  /** A bug in ccgate. */
  public static final int INTERNAL = 4;

  private ExitCode() {}
}
