package dev.ccgate.cli;

import dev.ccgate.policy.load.LoadResult;
import dev.ccgate.policy.load.PolicyLoader;
import dev.ccgate.policy.load.PolicyPrinter;
import dev.ccgate.policy.load.ProblemPrinter;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code ccgate validate FILE...}: prints every problem as {@code file:line:col: severity: message}
 * and a summary; exits 0 when clean (warnings allowed), 1 on any error, 2 when a file cannot be
 * read.
 */
@Command(
    name = "validate",
    description = "Check policy files; print every problem with file:line:column.",
    mixinStandardHelpOptions = true)
final class ValidateCommand implements Callable<Integer> {
  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Policy files to check.")
  private List<Path> files;

  @Option(
      names = "--print",
      description =
          "Print the effective policy (every default filled in) as YAML to standard output;"
              + " problems then go to standard error.")
  private boolean print;

  @Spec private CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PrintWriter problems = print ? err : out;
    PolicyLoader loader = new PolicyLoader(System.getenv());
    List<LoadResult> results = new ArrayList<>();
    boolean unreadable = false;
    for (Path file : files) {
      try {
        LoadResult result = loader.load(file);
        results.add(result);
        ProblemPrinter.print(result.problems(), problems);
        if (print && result.ok()) {
          out.print((results.size() > 1 ? "---\n" : "") + PolicyPrinter.print(result.policy()));
        }
      } catch (IOException e) {
        err.println("ccgate: cannot read " + file + ": " + reason(e));
        unreadable = true;
      }
    }
    if (!results.isEmpty()) {
      problems.println(ProblemPrinter.summary(results));
    }
    if (unreadable) {
      return ExitCode.USAGE;
    }
    return results.stream().allMatch(LoadResult::ok) ? ExitCode.OK : ExitCode.FINDINGS;
  }

  private static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof MalformedInputException) {
      return "not UTF-8 text";
    }
    return e.getMessage();
  }
}
