/**
 * The gateway's state: the kernel's ledger behind one lock, the decision log it appends to (one
 * JSONL file per UTC day), and the replay that rebuilds the ledger from that log on start.
 */
package dev.ccgate.gateway.state;
