package org.cairnpmo.resources;

import java.math.BigDecimal;

/** Equipment or a facility as a caller creates or changes it; the rate is per hour. */
public record EquipmentData(
    String name, String kind, Integer quantity, BigDecimal costRate, Long version) {

  public EquipmentData editing(long editedVersion) {
    return new EquipmentData(name, kind, quantity, costRate, editedVersion);
  }
}
