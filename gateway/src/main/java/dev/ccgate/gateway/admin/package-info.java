/**
 * The admin API under {@code /admin/}: wallets, policy reload, credit and reset, recent decisions;
 * bearer-token protected, and absent (404) when no token is configured.
 */
package dev.ccgate.gateway.admin;
