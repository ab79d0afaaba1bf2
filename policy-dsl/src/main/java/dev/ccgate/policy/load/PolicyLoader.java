package dev.ccgate.policy.load;

import dev.ccgate.policy.Policy;
import dev.ccgate.policy.condition.ConditionCompiler;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;

/**
 * Loads policy files: YAML to a positioned tree to an immutable {@link Policy}, with every problem
 * collected as data rather than thrown. The environment is injected (to check {@code ${NAME}}
 * references) so that loading never depends on the real one in tests; secret values are never read
 * into the policy. A loader is immutable and may be shared.
 */
public final class PolicyLoader {
  private final Map<String, String> env;
  private final PriceTableSource tables;
  private final ConditionCompiler conditions = new ConditionCompiler();

  /** A loader using the built-in price tables and {@code env} for {@code ${NAME}} references. */
  public PolicyLoader(Map<String, String> env) {
    this(env, PriceTableSource.standard());
  }

  /** A loader using {@code tables} for prices and {@code env} for {@code ${NAME}} references. */
  public PolicyLoader(Map<String, String> env, PriceTableSource tables) {
    this.env = Map.copyOf(Objects.requireNonNull(env, "env"));
    this.tables = Objects.requireNonNull(tables, "tables");
  }

  /**
   * Loads {@code file}; problems name it as given.
   *
   * @throws IOException only when the file cannot be read at all
   */
  public LoadResult load(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    return parse(text, file.toString(), file.toAbsolutePath().getParent());
  }

  /**
   * Loads a policy from {@code text}.
   *
   * @param file the name problems use
   * @param baseDir the directory a relative {@code pricing:} path is resolved against, or null
   */
  public LoadResult parse(String text, String file, Path baseDir) {
    // A byte-order mark is not part of the YAML, and would shift every column on line 1.
    String body = text.startsWith("\uFEFF") ? text.substring(1) : text;
    Problems problems = new Problems(file);
    SourceText source = new SourceText(body);
    YamlNode root = new YamlTreeReader(problems).read(source);
    Policy policy = null;
    // Only a YAML syntax error leaves no tree; duplicate keys and bad aliases still let the
    // policy be checked, so every problem shows in one run.
    if (root != null || !problems.hasErrors()) {
      Values values = new Values(problems, env);
      WhenReader when = new WhenReader(problems, conditions, new ScalarPositions(source));
      PricingReader pricing = new PricingReader(values, tables, baseDir);
      policy = new PolicyReader(file, values, pricing, when).read(root);
    }
    return new LoadResult(file, problems.hasErrors() ? null : policy, problems.sorted());
  }
}
