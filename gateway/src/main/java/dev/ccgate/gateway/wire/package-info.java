/**
 * The Anthropic wire format as the gateway needs it: reading the few request fields the kernel
 * needs without re-serialising the body, the surgical model rewrite, and the error shape.
 */
package dev.ccgate.gateway.wire;
