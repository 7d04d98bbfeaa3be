/**
 * Project control: status reports with RAG ratings on a reporting cadence (suggested by the PMO's
 * rating rules, reviewed by the PMO, reminded by e-mail when overdue) and each project's RAID log
 * (risks, issues, assumptions, decisions, inter-project dependencies) with risk heat maps and
 * escalation to the portfolio.
 *
 * <p><b>Access.</b> Whoever may see a project may read its reports and RAID log; a project that the
 * caller may not see answers "not found" everywhere. Status reports are written by the project's
 * manager (or the PMO and administrators) and reviewed by the PMO or administrators. RAID items are
 * logged by the project's members (manager, sponsor, team members) or the PMO and administrators,
 * and changed by the item's owner, the project's manager, the PMO or administrators.
 *
 * <p><b>Risk scoring.</b> A risk's score is probability × impact, both on 1–5 scales, so 1–25. Its
 * level is LOW for a score up to 4, MEDIUM from 5 to 12 and HIGH from 15 (the products 13 and 14 do
 * not occur). See {@link org.cairnpmo.control.RiskLevel}.
 *
 * <p><b>Earned value.</b> Suggested ratings can use SPI and CPI once a {@link
 * org.cairnpmo.control.StatusMetricsProvider} bean supplies earned-value figures (the budgets part
 * of this capability); without one, rules on those metrics simply do not apply.
 */
@ApplicationModule(
    displayName = "Project control",
    allowedDependencies = {"identity", "projects", "platform"})
package org.cairnpmo.control;

import org.springframework.modulith.ApplicationModule;
