/**
 * One {@link dev.ccgate.simulator.trace.TraceReader} per export format, the content sniffing that
 * picks one per file ({@link dev.ccgate.simulator.reader.FormatDetector}) and the parsing helpers
 * they share. Field meanings follow {@code shared/research/formats.md}.
 */
package dev.ccgate.simulator.reader;
