/**
 * Leveling across projects: the people that several projects' plans share are levelled over all of
 * them at once by the engine's portfolio leveler, within the PMO's limits (the projects' order,
 * which may move, the longest delay of each, the period); the preview shows each project's finish,
 * moved tasks and slipped milestones, and applying writes every plan or none. The decisions are in
 * {@code docs/resources.md}, "Leveling across projects".
 */
package org.cairnpmo.resources.leveling;
