/**
 * Cross-cutting conventions every capability shares: error model (RFC 9457), paging, the web
 * shell's layout and flash messages.
 */
@ApplicationModule(displayName = "Platform", type = ApplicationModule.Type.OPEN)
package org.cairnpmo.platform;

import org.springframework.modulith.ApplicationModule;
