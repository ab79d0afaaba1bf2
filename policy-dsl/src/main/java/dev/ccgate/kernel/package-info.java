/**
 * The policy kernel: the one place that decides, for every model request, whether it goes through,
 * moves to a cheaper model, or is paused, and that settles its cost into the wallets (SPEC section
 * 4). The simulator and the gateway both call it, so they agree by construction.
 *
 * <p>The kernel is pure and deterministic: time comes in with each event, money is integer
 * micro-dollars, and it does no I/O, logging or clock reads. The only state is the {@link
 * dev.ccgate.kernel.Ledger} the caller owns and passes in. This package imports only {@code
 * java.*}, the policy model and pricing.
 */
package dev.ccgate.kernel;
