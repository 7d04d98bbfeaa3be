package org.cairnpmo.resources.web;

import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.platform.Versioned;
import org.cairnpmo.platform.web.IfMatch;
import org.cairnpmo.platform.web.NamedOperations;
import org.cairnpmo.platform.web.VersionedResponses;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.EquipmentView;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.cairnpmo.resources.domain.CatalogService;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The role catalog and the equipment and facilities in the API, beside the pool ({@link
 * PoolApiController}): the list, add one, one, change one. The two differ only in their data, view
 * and the service's steps, so each is a small subclass naming its address and its operations
 * ({@link NamedOperations}).
 */
abstract class CatalogApiController<D, V extends Versioned.Entry> extends NamedOperations.Given {

  private final CatalogEntries<D, V> entries;

  CatalogApiController(CatalogEntries<D, V> entries, Map<String, OperationName> operationNames) {
    super(operationNames);
    this.entries = entries;
  }

  @GetMapping
  List<V> list(CurrentUser viewer) {
    return entries.all().apply(viewer);
  }

  @PostMapping
  ResponseEntity<V> create(@RequestBody D data, CurrentUser editor) {
    return VersionedResponses.created(entries.create().apply(data, editor));
  }

  @GetMapping("/{id}")
  ResponseEntity<V> get(@PathVariable long id, CurrentUser viewer) {
    return VersionedResponses.ok(entries.one().apply(id, viewer));
  }

  @PutMapping("/{id}")
  ResponseEntity<V> update(
      @PathVariable long id, IfMatch ifMatch, @RequestBody D data, CurrentUser editor) {
    return ifMatch.changed(
        entries.versionOf().apply(data),
        expected -> entries.update().apply(id, data, expected, editor));
  }

  @RestController
  @RequestMapping("/api/v1/resources/roles")
  @Tag(name = PoolApiController.TAG, description = PoolApiController.TAG_DESCRIPTION)
  static class Roles extends CatalogApiController<RoleData, RoleView> {

    Roles(CatalogService catalog) {
      super(
          CatalogEntries.roles(catalog),
          Map.of(
              "list", new OperationName("listRoles", "The generic roles of the catalog, by name"),
              "create", new OperationName("createRole", "Add a generic role to the catalog"),
              "get", new OperationName("getRole", "One generic role; ETag = version"),
              "update", new OperationName("updateRole", "Change a generic role")));
    }
  }

  @RestController
  @RequestMapping("/api/v1/resources/equipment")
  @Tag(name = PoolApiController.TAG, description = PoolApiController.TAG_DESCRIPTION)
  static class Equipment extends CatalogApiController<EquipmentData, EquipmentView> {

    Equipment(CatalogService catalog) {
      super(
          CatalogEntries.equipment(catalog),
          Map.of(
              "list",
              new OperationName("listEquipment", "Equipment and facilities, by type and name"),
              "create",
              new OperationName("createEquipment", "Add equipment or a facility"),
              "get",
              new OperationName("getEquipment", "One piece of equipment; ETag = version"),
              "update",
              new OperationName("updateEquipment", "Change equipment or a facility")));
    }
  }
}
