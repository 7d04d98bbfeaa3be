/**
 * Plans imported from MS Project and Primavera files (MPP, MPX, MSPDI XML, XER, PMXML) through
 * MPXJ, all or nothing.
 *
 * <p><b>Bounded memory.</b> The upload is copied to a temporary file and refused past {@code
 * cairn.planning.import.max-bytes} (10 MB, as the multipart limit); MPXJ recognises the format from
 * the content. Archives and SQLite databases are refused unopened. Whatever MPXJ throws on a
 * broken, encrypted, empty or unsupported file becomes a problem that names the file, and nothing
 * is imported.
 *
 * <p><b>What is taken over</b>: the outline (the project summary task, inactive, empty and external
 * tasks and WBS nodes without tasks left out), durations and their units, constraints, deadlines,
 * manually scheduled tasks, progress, priorities, notes, MS Project's PERT fields as three-point
 * estimates, links with their type and lag (working, elapsed, percent; a repeated pair of tasks
 * keeps its first link), every calendar used (each copied complete over the plan's years: its usual
 * week and every date that differs as an exception), work resources as people (Primavera's roles as
 * roles) with their assignments as requirements, and baselines 0 to 10. Primavera's status date is
 * kept; MS Project's is not, because MS Project stores dates computed without it. What could not be
 * taken over as it was is listed in the answer's warnings.
 *
 * <p><b>The same dates.</b> The plan is then scheduled by Cairn's engine and every task's early
 * start and finish is compared with the file's, as the scheduling benchmark does (two dates match
 * when no working time lies between them).
 */
package org.cairnpmo.planning.imports;
