/**
 * Where wallet spend is shared beyond one gateway process. {@link
 * dev.ccgate.gateway.shared.WalletStore} is the seam: the embedded store shares nothing (one
 * instance, its ledger is the truth), the Redis store lets several instances charge the same
 * wallets atomically, idempotently per request id, under keys named by wallet and period.
 */
package dev.ccgate.gateway.shared;
