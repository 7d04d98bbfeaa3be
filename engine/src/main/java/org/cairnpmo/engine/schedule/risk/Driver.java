package org.cairnpmo.engine.schedule.risk;

/**
 * A task in the tornado: how strongly its simulated duration moves the project's finish (Pearson's
 * correlation over the iterations, from -1 to 1) and how often it was critical (0 to 1).
 */
public record Driver(String taskId, String name, double correlation, double criticality) {}
