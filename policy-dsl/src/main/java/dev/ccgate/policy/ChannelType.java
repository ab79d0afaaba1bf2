package dev.ccgate.policy;

/** How an alert channel delivers. */
public enum ChannelType {
  /** Slack incoming-webhook JSON. */
  SLACK,
  /** A generic JSON event POSTed to a URL. */
  WEBHOOK,
  /** A line in the gateway's log. */
  LOG
}
