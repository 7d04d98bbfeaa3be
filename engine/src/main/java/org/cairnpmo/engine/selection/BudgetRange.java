package org.cairnpmo.engine.selection;

/**
 * The budget levels worth exploring for one dimension.
 *
 * @param min what the must-include projects and their prerequisites need; less is infeasible
 * @param max the use of every candidate not excluded; beyond it the dimension limits nothing
 */
public record BudgetRange(double min, double max) {}
