/**
 * The policy model: immutable records for everything a policy YAML file can say (budgets, stages,
 * teams, developers, rules, alert channels, the pause message). Loading and validation live in
 * {@code dev.ccgate.policy.load}; CEL conditions in {@code dev.ccgate.policy.condition}.
 */
package dev.ccgate.policy;
