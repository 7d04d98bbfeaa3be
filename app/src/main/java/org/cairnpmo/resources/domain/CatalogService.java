package org.cairnpmo.resources.domain;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.cairnpmo.platform.NotFoundException;
import org.cairnpmo.platform.VersionCheck;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.EquipmentView;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The role catalog (generic roles) and the equipment and facilities: read by everyone, changed by
 * resource managers, the PMO and administrators; rates shown to them only.
 */
@Service
@RequiredArgsConstructor(access = AccessLevel.PACKAGE)
public class CatalogService {

  private final JobRoleRepository roles;
  private final EquipmentRepository equipment;

  // ---------------------------------------------------------------- generic roles

  @Transactional(readOnly = true)
  public List<RoleView> roles(CurrentUser viewer) {
    boolean rates = ResourcesAccess.seesRates(viewer);
    return roles.findAll(Sort.by("name")).stream().map(r -> r.view(rates)).toList();
  }

  @Transactional(readOnly = true)
  public RoleView role(long id, CurrentUser viewer) {
    return findRole(id).view(ResourcesAccess.seesRates(viewer));
  }

  @Transactional
  public RoleView createRole(RoleData data, CurrentUser editor) {
    ResourcesAccess.requirePoolEditor(editor);
    RoleData checked = PoolRules.role(data);
    uniqueNames(checked, null);
    JobRole role = roles.saveAndFlush(new JobRole(checked));
    return role.view(true);
  }

  @Transactional
  public RoleView updateRole(long id, RoleData data, CurrentUser editor) {
    ResourcesAccess.requirePoolEditor(editor);
    JobRole role = findRole(id);
    VersionCheck.require("Role " + role.getName(), data.version(), role.getVersion());
    RoleData checked = PoolRules.role(data);
    uniqueNames(checked, id);
    role.change(checked);
    roles.saveAndFlush(role);
    return role.view(true);
  }

  /** The role's name and other names may name no other role of the catalog, ignoring case. */
  private void uniqueNames(RoleData role, Long self) {
    Map<String, String> taken = new HashMap<>();
    for (JobRole other : roles.findAll()) {
      if (!other.getId().equals(self)) {
        taken.put(other.getName().toLowerCase(Locale.ROOT), other.getName());
        other.getOtherNames().forEach(n -> taken.put(n.toLowerCase(Locale.ROOT), other.getName()));
      }
    }
    List<FieldProblem> problems = new ArrayList<>();
    String owner = taken.get(role.name().toLowerCase(Locale.ROOT));
    if (owner != null) {
      problems.add(
          new FieldProblem(
              "name",
              owner.equalsIgnoreCase(role.name())
                  ? "The catalog already has a role '" + role.name() + "'."
                  : "'" + role.name() + "' is another name of the role '" + owner + "'."));
    }
    for (int i = 0; i < role.otherNames().size(); i++) {
      String name = role.otherNames().get(i);
      String holder = taken.get(name.toLowerCase(Locale.ROOT));
      if (holder != null) {
        problems.add(
            new FieldProblem(
                "otherNames[" + i + "]",
                "'" + name + "' names the role '" + holder + "' already."));
      }
    }
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
  }

  private JobRole findRole(long id) {
    return roles.findById(id).orElseThrow(() -> new NotFoundException("Role", id));
  }

  // ---------------------------------------------------------------- equipment and facilities

  @Transactional(readOnly = true)
  public List<EquipmentView> equipment(CurrentUser viewer) {
    boolean rates = ResourcesAccess.seesRates(viewer);
    return equipment.findAll(Sort.by("kind", "name")).stream().map(e -> e.view(rates)).toList();
  }

  @Transactional(readOnly = true)
  public EquipmentView equipment(long id, CurrentUser viewer) {
    return findEquipment(id).view(ResourcesAccess.seesRates(viewer));
  }

  @Transactional
  public EquipmentView createEquipment(EquipmentData data, CurrentUser editor) {
    ResourcesAccess.requirePoolEditor(editor);
    Equipment item = equipment.saveAndFlush(new Equipment(PoolRules.equipment(data)));
    return item.view(true);
  }

  @Transactional
  public EquipmentView updateEquipment(long id, EquipmentData data, CurrentUser editor) {
    ResourcesAccess.requirePoolEditor(editor);
    Equipment item = findEquipment(id);
    VersionCheck.require("Equipment " + item.getName(), data.version(), item.getVersion());
    item.change(PoolRules.equipment(data));
    equipment.saveAndFlush(item);
    return item.view(true);
  }

  private Equipment findEquipment(long id) {
    return equipment.findById(id).orElseThrow(() -> new NotFoundException("Equipment", id));
  }
}
