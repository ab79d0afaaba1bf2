/**
 * Alerts: stage crossings delivered off the request path to the policy's Slack, webhook and log
 * channels, retried with backoff, and sent once per wallet, stage and period across restarts.
 */
package dev.ccgate.gateway.alert;
