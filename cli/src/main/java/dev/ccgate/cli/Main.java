package dev.ccgate.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ccgate} command: dispatches to one subcommand class each. */
@Command(
    name = "ccgate",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Budget-enforcing gateway and policy simulator for Claude Code.",
    subcommands = {
      ValidateCommand.class,
      PricingCommand.class,
      SimulateCommand.class,
      DiffCommand.class,
      SweepCommand.class,
      ReportCommand.class,
      GenerateCommand.class,
      ServeCommand.class,
      StatusCommand.class,
      KeysCommand.class
    })
public final class Main {

  /** Runs ccgate and exits the JVM with its code. */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, java.nio.charset.StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, java.nio.charset.StandardCharsets.UTF_8);
    System.exit(run(out, err, args));
  }

  /**
   * Runs ccgate with {@code args}, writing to {@code out} and {@code err}, and returns the exit
   * code. Exceptions become one clear line on {@code err} (a stack trace only with {@code
   * --verbose}).
   */
  public static int run(PrintWriter out, PrintWriter err, String... args) {
    boolean verbose = java.util.Arrays.asList(args).contains("--verbose");
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(ExitCodes::of);
    cli.setExecutionExceptionHandler(
        (ex, commandLine, parseResult) -> {
          ExitCodes.print(ex, err);
          if (verbose) {
            StringWriter trace = new StringWriter();
            ex.printStackTrace(new PrintWriter(trace));
            err.print(trace);
          }
          err.flush();
          return ExitCodes.of(ex);
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
  }
}
