/**
 * Onboarding: bringing an organization's existing records into Cairn in bulk. A CSV or XLSX file of
 * projects, people or departments is uploaded and kept for a day for its uploader only; Cairn
 * proposes which column holds which field from the headers (the person adjusts it); a dry run shows
 * every row as a create, an update (matched by project code, username or e-mail, department code)
 * or unchanged, with the fields that change and every row's problems; the import is applied only
 * without problems, all or nothing, in one transaction. The writes go through the owning modules'
 * public APIs ({@code ProjectsApi}, {@code IdentityApi}, {@code OrganizationApi}), so every rule of
 * a form holds for an imported row too. See {@code docs/bulk-import.md}.
 */
@ApplicationModule(
    displayName = "Onboarding",
    allowedDependencies = {"identity", "organization", "platform", "projects"})
package org.cairnpmo.onboarding;

import org.springframework.modulith.ApplicationModule;
