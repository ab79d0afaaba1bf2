package dev.ccgate.policy.load;

import dev.ccgate.policy.AlertChannel;
import dev.ccgate.policy.Alerts;
import dev.ccgate.policy.ChannelType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads {@code alerts:}. A channel's URL is kept as the name of the environment variable that holds
 * it ({@code webhook_env}, {@code url_env}, or {@code url: ${NAME}}); the secret itself is never
 * read into the policy.
 */
final class AlertsReader {
  private static final List<String> KEYS = List.of("channels", "fallback");
  private static final List<String> CHANNEL_KEYS = List.of("type", "webhook_env", "url_env", "url");
  private static final List<String> URL_KEYS = List.of("webhook_env", "url_env", "url");
  private static final List<String> TYPES = List.of("slack", "webhook", "log");

  private final Values values;
  private final Problems problems;
  private final List<String> declared = new ArrayList<>();

  AlertsReader(Values values) {
    this.values = values;
    this.problems = values.problems();
  }

  /** The alerts section; {@link Alerts#NONE} when absent, null after an error. */
  Alerts read(YamlNode node) {
    YamlMap map = values.map(node, "alerts", "{channels: {finance: {type: log}}}");
    if (map == null) {
      return Values.present(node) ? null : Alerts.NONE;
    }
    Section s = new Section(map, "alerts", problems, KEYS);
    Map<String, AlertChannel> channels = new LinkedHashMap<>();
    YamlMap channelMap = values.map(s.get("channels"), "alerts.channels", "{finance: {type: log}}");
    boolean failed = channelMap == null && Values.present(s.get("channels"));
    if (channelMap != null) {
      for (YamlMap.Entry entry : channelMap.list()) {
        declared.add(entry.key());
        AlertChannel channel = channel(entry, "alerts.channels." + entry.key());
        if (channel == null) {
          failed = true;
        } else {
          channels.put(entry.key(), channel);
        }
      }
    }
    String fallback = null;
    if (s.has("fallback")) {
      fallback = values.text(s.get("fallback"), "alerts.fallback", "a channel name");
      if (fallback == null) {
        failed = true;
      } else if (!declared.contains(fallback)) {
        unknownChannel(fallback, s.get("fallback").mark(), "alerts.fallback");
        failed = true;
      }
    }
    return failed ? null : new Alerts(channels, fallback);
  }

  /** The names of every channel the policy defines, valid or not, in policy order. */
  List<String> declared() {
    return declared;
  }

  /** Reports a reference to a channel {@code alerts.channels} does not define. */
  void unknownChannel(String name, Mark at, String path) {
    List<String> known = declared;
    problems.error(
        "unknown-channel",
        at,
        path + " names channel '" + name + "', which alerts.channels does not define",
        known.isEmpty() ? "define it under alerts.channels" : Suggestions.hint(name, known));
  }

  private AlertChannel channel(YamlMap.Entry entry, String path) {
    YamlMap map = values.map(entry.value(), path, "{type: slack, webhook_env: SLACK_WEBHOOK}");
    if (map == null) {
      if (entry.value() instanceof YamlScalar) {
        values.scalar(entry.value(), path, "a map such as {type: log}");
      }
      return null;
    }
    Section s = new Section(map, path, problems, CHANNEL_KEYS);
    ChannelType type = type(s, path);
    List<String> urlKeys = URL_KEYS.stream().filter(s::has).toList();
    if (type == null) {
      return null;
    }
    if (type == ChannelType.LOG) {
      if (!urlKeys.isEmpty()) {
        problems.error(
            "key-not-allowed",
            s.keyMark(urlKeys.get(0)),
            path + ": a log channel has no URL",
            "remove '" + urlKeys.get(0) + "', or use type: webhook");
        return null;
      }
      return new AlertChannel(entry.key(), type, null, null);
    }
    if (urlKeys.isEmpty()) {
      problems.error(
          "missing-url",
          entry.keyMark(),
          path + ": a " + type.name().toLowerCase(Locale.ROOT) + " channel needs a URL",
          "name the environment variable holding it: webhook_env: SLACK_PLATFORM_WEBHOOK");
      return null;
    }
    if (urlKeys.size() > 1) {
      problems.error(
          "conflicting-keys",
          s.keyMark(urlKeys.get(1)),
          path + " sets both '" + urlKeys.get(0) + "' and '" + urlKeys.get(1) + "'",
          "keep one");
      return null;
    }
    return url(entry.key(), type, s, urlKeys.get(0), path);
  }

  private AlertChannel url(String name, ChannelType type, Section s, String key, String path) {
    YamlScalar scalar = values.scalar(s.get(key), s.path(key), "text");
    if (scalar == null) {
      if (s.get(key) instanceof YamlScalar) {
        problems.error("missing-url", s.keyMark(key), s.path(key) + " is empty", null);
      }
      return null;
    }
    String text = scalar.text().strip();
    if (!key.equals("url")) {
      String envName = Values.envName(scalar) != null ? Values.envName(scalar) : text;
      if (!envName.matches("[A-Za-z_][A-Za-z0-9_]*")) {
        problems.error(
            "bad-env-name",
            scalar.mark(),
            s.path(key) + " must name an environment variable, not '" + text + "'",
            "e.g. " + key + ": SLACK_PLATFORM_WEBHOOK (or put a literal URL under 'url')");
        return null;
      }
      values.checkEnv(envName, scalar.mark(), path);
      return new AlertChannel(name, type, envName, null);
    }
    String envName = Values.envName(scalar);
    if (envName != null) {
      values.checkEnv(envName, scalar.mark(), path);
      return new AlertChannel(name, type, envName, null);
    }
    if (!text.startsWith("https://") && !text.startsWith("http://")) {
      problems.error(
          "bad-url",
          scalar.mark(),
          s.path(key) + " must be an http(s) URL, not '" + text + "'",
          null);
      return null;
    }
    if (type == ChannelType.SLACK) {
      problems.warning(
          "secret-in-policy",
          scalar.mark(),
          path + ": a Slack webhook URL is a secret, and this one is written in the policy file",
          "keep it in an environment variable: webhook_env: SLACK_PLATFORM_WEBHOOK");
    }
    return new AlertChannel(name, type, null, text);
  }

  private ChannelType type(Section s, String path) {
    if (!s.has("type")) {
      problems.error(
          "missing-key", s.mark(), path + " needs 'type'", "one of " + String.join(", ", TYPES));
      return null;
    }
    String text = values.text(s.get("type"), s.path("type"), "one of " + String.join(", ", TYPES));
    if (text == null) {
      return null;
    }
    String key = text.strip().toLowerCase(Locale.ROOT);
    if (!TYPES.contains(key)) {
      problems.error(
          "bad-channel-type",
          s.get("type").mark(),
          "unknown channel type '" + text + "' at " + s.path("type"),
          Suggestions.hint(key, TYPES));
      return null;
    }
    return ChannelType.valueOf(key.toUpperCase(Locale.ROOT));
  }
}
