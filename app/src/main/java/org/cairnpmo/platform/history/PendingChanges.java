package org.cairnpmo.platform.history;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.hibernate.HibernateException;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.BeforeCompletionCallback;

/**
 * The changes one transaction made, gathered over its flushes and written as one change set in one
 * JDBC batch just before it commits, on its own connection: they commit or roll back with the edit.
 * A field changed twice keeps its first old and its last new value; a record created in the same
 * transaction keeps only its creation, a deleted one only its deletion.
 */
final class PendingChanges implements BeforeCompletionCallback {

  private static final String INSERT =
      "insert into hst_change (change_set, record_kind, record_id, action, field, old_value,"
          + " new_value, changed_by, changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)";

  private final String by;
  private final boolean signedIn;
  private final Instant at;
  private final Map<RecordKey, String> stamped = new LinkedHashMap<>();
  private final Set<RecordKey> created = new LinkedHashSet<>();
  private final Set<RecordKey> deleted = new LinkedHashSet<>();
  private final Map<FieldKey, String[]> fields = new LinkedHashMap<>();

  /**
   * Changes made by {@code by}: a signed-in person's, or automatic work's, which a record's own
   * audit stamp overrides ({@link #stampedBy}).
   */
  PendingChanges(String by, boolean signedIn, Instant at) {
    this.by = by;
    this.signedIn = signedIn;
    this.at = at;
  }

  /** Without a signed-in person, the person {@code record}'s audit stamp names, if any. */
  void stampedBy(RecordKey record, String person) {
    if (!signedIn && person != null) {
      stamped.put(record, person.length() <= 60 ? person : person.substring(0, 60));
    }
  }

  record RecordKey(String kind, long id) {}

  private record FieldKey(RecordKey record, String field) {}

  void created(RecordKey record) {
    created.add(record);
  }

  void deleted(RecordKey record) {
    if (!created.remove(record)) {
      deleted.add(record);
    }
    fields.keySet().removeIf(key -> key.record().equals(record));
  }

  boolean isNew(RecordKey record) {
    return created.contains(record) || deleted.contains(record);
  }

  void changed(RecordKey record, String field, String oldValue, String newValue) {
    if (isNew(record)) {
      return;
    }
    fields.merge(
        new FieldKey(record, field),
        new String[] {oldValue, newValue},
        (first, last) -> new String[] {first[0], last[1]});
  }

  /** Only the new value is known yet (a collection built again after its removal). */
  void replaced(RecordKey record, String field, String newValue) {
    if (isNew(record)) {
      return;
    }
    fields.merge(
        new FieldKey(record, field),
        new String[] {null, newValue},
        (first, last) -> new String[] {first[0], last[1]});
  }

  @Override
  public void doBeforeTransactionCompletion(SharedSessionContractImplementor session) {
    try {
      write(session.getJdbcCoordinator().getLogicalConnection().getPhysicalConnection());
    } catch (SQLException e) {
      throw new HibernateException("The change log could not be written", e);
    }
  }

  private void write(Connection connection) throws SQLException {
    String changeSet = UUID.randomUUID().toString();
    int rows = 0;
    try (PreparedStatement insert = connection.prepareStatement(INSERT)) {
      for (RecordKey record : created) {
        rows += add(insert, changeSet, record, "created", null, null, null);
      }
      for (Map.Entry<FieldKey, String[]> change : fields.entrySet()) {
        String[] values = change.getValue();
        if (!Objects.equals(values[0], values[1])) {
          rows +=
              add(
                  insert,
                  changeSet,
                  change.getKey().record(),
                  "changed",
                  change.getKey().field(),
                  values[0],
                  values[1]);
        }
      }
      for (RecordKey record : deleted) {
        rows += add(insert, changeSet, record, "deleted", null, null, null);
      }
      if (rows > 0) {
        insert.executeBatch();
      }
    }
  }

  private int add(
      PreparedStatement insert,
      String changeSet,
      RecordKey record,
      String action,
      String field,
      String oldValue,
      String newValue)
      throws SQLException {
    insert.setString(1, changeSet);
    insert.setString(2, record.kind());
    insert.setLong(3, record.id());
    insert.setString(4, action);
    insert.setString(5, field);
    insert.setString(6, oldValue);
    insert.setString(7, newValue);
    insert.setString(8, stamped.getOrDefault(record, by));
    insert.setObject(9, at.atOffset(ZoneOffset.UTC));
    insert.addBatch();
    return 1;
  }
}
