/**
 * Metering a response as it passes through: a tee that reads a copy of each chunk (never holding
 * the stream back) and ends with the usage to bill. SSE streams follow the Messages streaming rules
 * (usage from {@code message_start}, then every non-null field of each {@code message_delta}
 * overwrites it); a stream that ends without its final usage is billed with an estimate, never $0.
 */
package dev.ccgate.gateway.metering;
