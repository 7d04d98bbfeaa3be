/**
 * Cross-cutting conventions every capability shares: error model (RFC 9457), paging, the web
 * shell's layout and flash messages, and printable documents ({@code documents}: one PDF renderer
 * with an embedded Unicode font, and the cell styles of the spreadsheets).
 */
@ApplicationModule(
    displayName = "Platform",
    type = ApplicationModule.Type.OPEN,
    allowedDependencies = {})
package org.cairnpmo.platform;

import org.springframework.modulith.ApplicationModule;
