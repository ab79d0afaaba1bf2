/**
 * Who a request is from: virtual keys (only their SHA-256 is stored, in a keys file) mapped to
 * developers, or, with pass-through auth, the developer's own Anthropic key identified by its hash.
 * Keys never reach a log; at most the first 8 hex digits of a key's hash do.
 */
package dev.ccgate.gateway.identity;
