package dev.ccgate.gateway.state;

/**
 * What rebuilding the ledger from the decision log read.
 *
 * @param files decision-log files read
 * @param records lines charged back into the ledger (refused and free requests included)
 * @param costMicros the spend they carried
 * @param adjustments admin credits and resets applied again
 * @param torn last lines cut short by a kill (skipped)
 * @param malformed other lines that could not be read (skipped)
 */
public record ReplayReport(
    int files, long records, long costMicros, long adjustments, long torn, long malformed) {}
