package org.cairnpmo.resources.web;

import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.EquipmentView;
import org.cairnpmo.resources.RoleData;
import org.cairnpmo.resources.RoleView;
import org.cairnpmo.resources.domain.CatalogService;

/**
 * One kind of the catalog's entries, the generic roles or the equipment and facilities, as its
 * pages and its API use it: the catalog's steps for that kind, which differ only in their types.
 */
record CatalogEntries<D, V>(
    Function<CurrentUser, List<V>> all,
    BiFunction<Long, CurrentUser, V> one,
    BiFunction<D, CurrentUser, V> create,
    Function<D, Long> versionOf,
    Update<D, V> update) {

  /** Changes the entry {@code id} over the version the editor edited. */
  interface Update<D, V> {

    V apply(long id, D data, long editedVersion, CurrentUser editor);
  }

  static CatalogEntries<RoleData, RoleView> roles(CatalogService catalog) {
    return new CatalogEntries<>(
        catalog::roles,
        catalog::role,
        catalog::createRole,
        RoleData::version,
        (id, data, version, editor) -> catalog.updateRole(id, data.editing(version), editor));
  }

  static CatalogEntries<EquipmentData, EquipmentView> equipment(CatalogService catalog) {
    return new CatalogEntries<>(
        catalog::equipment,
        catalog::equipment,
        catalog::createEquipment,
        EquipmentData::version,
        (id, data, version, editor) -> catalog.updateEquipment(id, data.editing(version), editor));
  }
}
