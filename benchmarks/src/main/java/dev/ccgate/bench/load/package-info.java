/**
 * The gateway load harness: a fake Anthropic API on loopback, a proxy under test started as its own
 * process ({@code ccgate serve} or Portkey's gateway), and an open-loop load client that measures
 * each proxy's added latency against calling the fake directly, pair by pair, in one run. Run by
 * hand (see {@code docs/BENCHMARKS.md}); nothing here runs in the test suite.
 */
package dev.ccgate.bench.load;
