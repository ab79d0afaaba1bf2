/**
 * The live gateway ({@code ccgate serve}): a Jetty 12 server in front of the Anthropic Messages API
 * that identifies the developer, asks the policy kernel, answers a pause itself or forwards the
 * request (with the model rewritten when the kernel says so), meters the response as it streams
 * through, and settles the cost. {@link dev.ccgate.gateway.Gateway} assembles the parts.
 */
package dev.ccgate.gateway;
