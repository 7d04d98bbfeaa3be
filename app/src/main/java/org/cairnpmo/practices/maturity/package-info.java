/**
 * The maturity assessment: questionnaires over the six areas a PMO cares about ({@link
 * org.cairnpmo.practices.maturity.MaturityArea}) on five levels ({@link
 * org.cairnpmo.practices.maturity.MaturityLevel}), frozen once an assessment uses them; assessments
 * answered by invited respondents, each only their own, with nothing of others shown before the PMO
 * closes them; results computed at each read by {@link
 * org.cairnpmo.practices.maturity.MaturityScores} and drawn by {@link
 * org.cairnpmo.practices.maturity.RadarChart}; the history per scope; the improvement actions that
 * follow. People and departments are read through identity's and organization's APIs, by id.
 */
package org.cairnpmo.practices.maturity;
