package org.cairnpmo.resources.web;

import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.resources.capacity.CapacityService;
import org.cairnpmo.resources.domain.ResourcesAccess;
import org.cairnpmo.resources.leveling.LevelingService;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * What the tabs of the resources pages need to know about the viewer: a tab leading to a page the
 * viewer would be refused is not shown.
 */
@ControllerAdvice(basePackages = "org.cairnpmo.resources")
class ResourcesTabs {

  @ModelAttribute("seesCapacity")
  boolean seesCapacity(CurrentUser viewer) {
    return CapacityService.seesCapacity(viewer);
  }

  @ModelAttribute("seesStaffing")
  boolean seesStaffing(CurrentUser viewer) {
    return ResourcesAccess.editsPool(viewer);
  }

  @ModelAttribute("seesLeveling")
  boolean seesLeveling(CurrentUser viewer) {
    return LevelingService.mayLevel(viewer);
  }
}
