package org.cairnpmo.resources.domain;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import lombok.Getter;
import org.cairnpmo.platform.AggregateRoot;
import org.cairnpmo.platform.history.KeepsHistory;
import org.cairnpmo.resources.EquipmentData;
import org.cairnpmo.resources.EquipmentView;

/** Equipment or a facility: a meeting room, a test rig, a fleet of laptops. */
@Entity
@KeepsHistory("equipment")
@Table(name = "res_equipment")
@Getter
public class Equipment extends AggregateRoot<Equipment> {

  private String name;
  private String kind;
  private int quantity = 1;
  private BigDecimal costRate;

  @Version private long version;

  protected Equipment() {}

  Equipment(EquipmentData checked) {
    change(checked);
  }

  void change(EquipmentData checked) {
    this.name = checked.name();
    this.kind = checked.kind();
    this.quantity = checked.quantity();
    this.costRate = checked.costRate();
  }

  EquipmentView view(boolean showRates) {
    return new EquipmentView(getId(), name, kind, quantity, showRates ? costRate : null, version);
  }
}
