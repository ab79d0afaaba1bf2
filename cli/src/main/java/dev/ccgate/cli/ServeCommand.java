package dev.ccgate.cli;

import dev.ccgate.gateway.Gateway;
import dev.ccgate.gateway.GatewayConfig;
import dev.ccgate.gateway.admin.AdminOptions;
import dev.ccgate.gateway.admin.PolicySource;
import dev.ccgate.gateway.alert.AlertOptions;
import dev.ccgate.gateway.identity.KeysFile;
import dev.ccgate.gateway.shared.RedisOptions;
import dev.ccgate.policy.Policy;
import dev.ccgate.policy.load.PolicyLoader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ccgate serve}: runs the gateway until it is stopped (SIGTERM or Ctrl-C). */
@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Run the budget-enforcing gateway in front of the Anthropic API.",
      "The upstream key comes from ANTHROPIC_API_KEY (not needed with --passthrough-auth)."
    })
final class ServeCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Option(names = "--policy", required = true, paramLabel = "FILE", description = "The policy.")
  Path policy;

  @Option(
      names = "--keys",
      required = true,
      paramLabel = "FILE",
      description = "The keys file (ccgate keys add writes it).")
  Path keys;

  @Option(
      names = "--state",
      required = true,
      paramLabel = "DIR",
      description = "Where the decision log lives; spend is rebuilt from it on start.")
  Path state;

  @Option(
      names = "--bind",
      defaultValue = GatewayConfig.DEFAULT_BIND,
      paramLabel = "ADDRESS",
      description = "Address to listen on (default: ${DEFAULT-VALUE}, loopback only).")
  String bind;

  @Option(
      names = "--port",
      defaultValue = "8787",
      paramLabel = "PORT",
      description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
  int port;

  @Option(
      names = "--upstream",
      defaultValue = "https://api.anthropic.com",
      paramLabel = "URL",
      description = "The Anthropic API base URL (default: ${DEFAULT-VALUE}).")
  URI upstream;

  @Option(
      names = "--passthrough-auth",
      description = "Forward each developer's own Anthropic key; identify them by its hash.")
  boolean passthroughAuth;

  @Option(
      names = "--max-body",
      defaultValue = "32MiB",
      paramLabel = "SIZE",
      converter = ByteSizeConverter.class,
      description = "Largest request body accepted, e.g. 32MiB (default: ${DEFAULT-VALUE}).")
  long maxBody;

  @Option(
      names = "--admin-token",
      defaultValue = "${env:CCGATE_ADMIN_TOKEN}",
      paramLabel = "TOKEN",
      description =
          "Bearer token of the admin API under /admin/ (default: $CCGATE_ADMIN_TOKEN; prefer the"
              + " env var, a command line is visible to other users). No token: no admin API.")
  String adminToken;

  @Option(
      names = "--redis",
      defaultValue = "${env:CCGATE_REDIS_URL}",
      paramLabel = "URL",
      description =
          "Share wallets with other instances through Redis, e.g. redis://127.0.0.1:6379/0"
              + " (default: $CCGATE_REDIS_URL, else none: this instance's own ledger needs no"
              + " server). Prefer the env var when the URL holds a password.")
  String redis;

  @Option(
      names = "--redis-namespace",
      defaultValue = RedisOptions.DEFAULT_NAMESPACE,
      paramLabel = "NAME",
      description =
          "Names this deployment's Redis keys, so two deployments can share a Redis without"
              + " sharing wallets (default: ${DEFAULT-VALUE}).")
  String redisNamespace;

  @Option(names = "--verbose", description = "Print a stack trace on errors.")
  boolean verbose;

  @Override
  public Integer call() throws Exception {
    Policy loaded = new PolicyLoader(System.getenv()).load(policy).orThrow();
    if (!Files.isRegularFile(keys)) {
      throw new NoSuchFileException(keys.toString());
    }
    KeysFile keyring = KeysFile.load(keys);
    GatewayConfig config =
        GatewayConfig.defaults(state, passthroughAuth ? null : System.getenv("ANTHROPIC_API_KEY"))
            .withListen(bind, port)
            .withUpstream(upstream)
            .withPassthroughAuth(passthroughAuth)
            .withMaxBody(maxBody);
    PolicySource source = () -> new PolicyLoader(System.getenv()).load(policy);
    RedisOptions shared =
        redis == null ? null : RedisOptions.of(redis).withNamespace(redisNamespace);
    Gateway gateway =
        Gateway.start(
            loaded,
            keyring,
            config,
            AlertOptions.defaults(),
            new AdminOptions(adminToken, source),
            shared);
    Runtime.getRuntime().addShutdownHook(new Thread(gateway::close, "ccgate-stop"));
    ReloadSignal.install(gateway);
    var out = spec.commandLine().getOut();
    out.println(
        "ccgate serving "
            + gateway.uri()
            + " -> "
            + upstream
            + " ("
            + keyring.developers().size()
            + " developers with keys, "
            + gateway.replayed().records()
            + " requests restored from "
            + state
            + (shared == null ? "" : "; wallets shared through Redis, namespace " + redisNamespace)
            + ")");
    out.flush();
    gateway.join();
    return ExitCode.OK;
  }
}
