package dev.ccgate.gateway.proxy;

import dev.ccgate.gateway.metering.ResponseMeter;

/** Picks the meter for a response once its status and content type are known. */
@FunctionalInterface
interface MeterFactory {
  /** A meter for a response with {@code status} and {@code contentType} (may be null). */
  ResponseMeter meterFor(int status, String contentType);

  /** Meters nothing: for free routes ({@code count_tokens}, {@code models}). */
  MeterFactory FREE = (status, contentType) -> ResponseMeter.none();
}
