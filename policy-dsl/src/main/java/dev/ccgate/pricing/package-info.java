/**
 * Model prices as data: the built-in table (a resource with an {@code as_of} date), model-id
 * normalisation (API ids, aliases, Bedrock, Vertex, {@code [1m]}), the per-request pricing rules
 * (fast mode, US inference geo, whole-request prompt-length bands, web search) and loaders for
 * overrides and LiteLLM price files. All money is integer: rates in nano-dollars per token, costs
 * in micro-dollars.
 */
package dev.ccgate.pricing;
