/**
 * JMH benchmarks. They are not part of {@code mvn verify}; run them by hand as {@code
 * docs/BENCHMARKS.md} shows and record the numbers there.
 */
package dev.ccgate.bench;
