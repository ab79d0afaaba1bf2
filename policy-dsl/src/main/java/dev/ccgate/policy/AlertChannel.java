package dev.ccgate.policy;

import java.util.Objects;

/**
 * One named alert destination. Secrets are never stored in the policy: a Slack or webhook URL is
 * named by the environment variable that holds it ({@code webhook_env}, {@code url_env} or a {@code
 * ${ENV}} reference), and read only when an alert is sent.
 *
 * @param urlEnv the environment variable holding the URL, or null
 * @param url a literal URL, or null
 */
public record AlertChannel(String name, ChannelType type, String urlEnv, String url) {
  /** Validates the channel. */
  public AlertChannel {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
  }
}
