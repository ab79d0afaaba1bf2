package dev.ccgate.simulator.load;

/**
 * A model id the price table does not know, how many requests named it, and the row that priced
 * them instead.
 */
public record ModelCount(String model, long requests, String pricedAs) {}
