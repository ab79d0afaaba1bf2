/**
 * Prometheus metrics: request, decision and alert counters, upstream latency and gateway overhead
 * histograms, and per-wallet spend gauges, exposed as hand-written text format at {@code /metrics}.
 */
package dev.ccgate.gateway.metrics;
