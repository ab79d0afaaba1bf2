/**
 * The command line: one picocli class per subcommand, each a thin shell that parses options and
 * delegates to one service call in {@code policy-dsl}, {@code simulator} or {@code gateway}. {@link
 * dev.ccgate.cli.Main#run} is what tests call; only {@code main} exits the JVM.
 */
package dev.ccgate.cli;
