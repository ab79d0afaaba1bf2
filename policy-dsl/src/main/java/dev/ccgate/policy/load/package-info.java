/**
 * Loading and validating policy files: {@link dev.ccgate.policy.load.PolicyLoader} turns YAML into
 * an immutable {@link dev.ccgate.policy.Policy} and a sorted list of {@link
 * dev.ccgate.policy.load.Problem}s, each with file, line and column; {@link
 * dev.ccgate.policy.load.ProblemPrinter} renders them and {@link
 * dev.ccgate.policy.load.PolicyPrinter} prints the effective policy with every default filled in.
 *
 * <p>Jackson's trees drop positions, so the YAML is first read into a small positioned tree of
 * {@link dev.ccgate.policy.load.YamlNode}s from the streaming parser; section readers then check
 * keys, types and cross references, and never stop at the first problem.
 */
package dev.ccgate.policy.load;
