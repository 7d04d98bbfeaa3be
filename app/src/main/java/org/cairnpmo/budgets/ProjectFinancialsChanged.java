package org.cairnpmo.budgets;

/**
 * A project's budget, actual costs or reported progress changed, so its earned value did too.
 * Listeners that keep figures of their own ask the budgets module again.
 */
public record ProjectFinancialsChanged(long projectId) {}
