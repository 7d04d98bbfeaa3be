package org.cairnpmo.platform.history;

import java.lang.reflect.Field;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.cairnpmo.platform.AuditStamp;
import org.cairnpmo.platform.LastChange;
import org.cairnpmo.platform.history.PendingChanges.RecordKey;
import org.hibernate.collection.spi.PersistentCollection;
import org.hibernate.engine.spi.SharedSessionContractImplementor;
import org.hibernate.engine.spi.TransactionCompletionCallbacks.AfterCompletionCallback;
import org.hibernate.event.spi.AbstractCollectionEvent;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.event.spi.PreCollectionRemoveEvent;
import org.hibernate.event.spi.PreCollectionRemoveEventListener;
import org.hibernate.event.spi.PreCollectionUpdateEvent;
import org.hibernate.event.spi.PreCollectionUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.hibernate.proxy.HibernateProxy;
import org.hibernate.type.CollectionType;
import org.hibernate.type.ComponentType;
import org.hibernate.type.Type;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Hears Hibernate write the records that {@link KeepsHistory} and gathers, per session and
 * transaction, what changed field by field ({@link PendingChanges} writes it before the commit).
 * Who: the signed-in person's username; without one (jobs, event listeners, the demo), the person
 * the record's own audit stamp names as its last editor (its creator for a new record), else {@link
 * AutomaticWork}'s "Cairn (automatic)" with the job's name.
 */
final class ChangeListener
    implements PostInsertEventListener,
        PostUpdateEventListener,
        PostDeleteEventListener,
        PreCollectionUpdateEventListener,
        PreCollectionRemoveEventListener,
        PostCollectionRecreateEventListener {

  /** What entries written before {@link AutomaticWork} say for work without a person. */
  static final String SYSTEM = "system";

  private final Clock clock;
  private final Map<String, Shape> shapes = new ConcurrentHashMap<>();
  private final Map<SharedSessionContractImplementor, PendingChanges> pending =
      new ConcurrentHashMap<>();

  ChangeListener(Clock clock) {
    this.clock = clock;
  }

  /**
   * The kind of an entity, which of its properties are changes people make, and where its audit
   * stamp is (-1 if it has none).
   */
  private record Shape(String kind, List<Property> properties, int stamp) {

    /**
     * Who the record's stamp names: its creator for a new record ({@code before} null); for a
     * change, the stamp's last editor only if this very change stamped it (a job that changes a
     * record without stamping it is not its last editor's doing).
     */
    String stampedBy(Object[] before, Object[] after) {
      if (stamp < 0 || after == null) {
        return null;
      }
      String by;
      if (before == null) {
        by = after[stamp] instanceof AuditStamp audit ? audit.createdBy() : editor(after[stamp]);
      } else {
        String was = editor(before[stamp]);
        Instant wasAt = editedAt(before[stamp]);
        by = editor(after[stamp]);
        if (java.util.Objects.equals(was, by)
            && java.util.Objects.equals(wasAt, editedAt(after[stamp]))) {
          by = null;
        }
      }
      return by == null || by.isBlank() || SYSTEM.equals(by) ? null : by;
    }

    private static String editor(Object stamp) {
      if (stamp instanceof AuditStamp audit) {
        return audit.updatedBy();
      }
      if (stamp instanceof LastChange last) {
        return last.updatedBy();
      }
      return stamp instanceof String name ? name : null;
    }

    private static Instant editedAt(Object stamp) {
      if (stamp instanceof AuditStamp audit) {
        return audit.updatedAt();
      }
      return stamp instanceof LastChange last ? last.updatedAt() : null;
    }
  }

  private record Property(int index, String name, Type type) {}

  @Override
  public void onPostInsert(PostInsertEvent event) {
    Shape shape = shape(event.getPersister());
    if (shape.kind() != null) {
      RecordKey record = key(shape.kind(), event.getId());
      PendingChanges changes = changes(event.getSession());
      changes.created(record);
      changes.stampedBy(record, shape.stampedBy(null, event.getState()));
    }
  }

  @Override
  public void onPostDelete(PostDeleteEvent event) {
    Shape shape = shape(event.getPersister());
    if (shape.kind() != null) {
      RecordKey record = key(shape.kind(), event.getId());
      PendingChanges changes = changes(event.getSession());
      // A deletion is not the last editor's doing: without a person, it is the job's.
      changes.deleted(record);
    }
  }

  @Override
  public void onPostUpdate(PostUpdateEvent event) {
    Shape shape = shape(event.getPersister());
    if (shape.kind() == null || event.getOldState() == null) {
      return;
    }
    SharedSessionContractImplementor session = event.getSession();
    PendingChanges changes = changes(session);
    RecordKey record = key(shape.kind(), event.getId());
    Object[] before = event.getOldState();
    Object[] after = event.getState();
    changes.stampedBy(record, shape.stampedBy(before, after));
    for (Property property : shape.properties()) {
      compare(
          changes,
          record,
          property.name(),
          property.type(),
          before[property.index()],
          after[property.index()],
          session);
    }
  }

  private void compare(
      PendingChanges changes,
      RecordKey record,
      String name,
      Type type,
      Object before,
      Object after,
      SharedSessionContractImplementor session) {
    if (type instanceof ComponentType component) {
      Object[] old = before == null ? null : component.getPropertyValues(before);
      Object[] now = after == null ? null : component.getPropertyValues(after);
      String[] names = component.getPropertyNames();
      Type[] types = component.getSubtypes();
      for (int i = 0; i < names.length; i++) {
        if (!isSkipped(types[i].getReturnedClass())) {
          compare(
              changes,
              record,
              name + "." + names[i],
              types[i],
              old == null ? null : old[i],
              now == null ? null : now[i],
              session);
        }
      }
      return;
    }
    String old = HistoryValues.render(before, idOf(session));
    String now = HistoryValues.render(after, idOf(session));
    if (!java.util.Objects.equals(old, now)) {
      changes.changed(record, name, old, now);
    }
  }

  @Override
  public void onPreUpdateCollection(PreCollectionUpdateEvent event) {
    collection(event, true, true);
  }

  @Override
  public void onPreRemoveCollection(PreCollectionRemoveEvent event) {
    collection(event, true, false);
  }

  @Override
  public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
    collection(event, false, true);
  }

  private void collection(AbstractCollectionEvent event, boolean hasOld, boolean hasNew) {
    Object owner = event.getAffectedOwnerOrNull();
    Object ownerId = event.getAffectedOwnerIdOrNull();
    if (owner == null || ownerId == null) {
      return;
    }
    KeepsHistory keeps = org.hibernate.Hibernate.getClass(owner).getAnnotation(KeepsHistory.class);
    PersistentCollection<?> collection = event.getCollection();
    String role = collection.getRole();
    String field = role.substring(role.lastIndexOf('.') + 1);
    if (keeps == null || isExcluded(org.hibernate.Hibernate.getClass(owner), field)) {
      return;
    }
    SharedSessionContractImplementor session = event.getSession();
    RecordKey record = key(keeps.value(), ownerId);
    String now = hasNew ? HistoryValues.render(collection.getValue(), idOf(session)) : null;
    if (hasOld) {
      Object snapshot = collection.getStoredSnapshot();
      if (snapshot instanceof Map<?, ?> map && isSetSnapshot(map)) {
        snapshot = new ArrayList<>(map.values());
      }
      changes(session).changed(record, field, HistoryValues.render(snapshot, idOf(session)), now);
    } else {
      changes(session).replaced(record, field, now);
    }
  }

  /** A set's snapshot maps each element to itself; a map's maps keys to values. */
  private static boolean isSetSnapshot(Map<?, ?> snapshot) {
    return snapshot.entrySet().stream().allMatch(e -> e.getKey() == e.getValue());
  }

  @Override
  public boolean requiresPostCommitHandling(EntityPersister persister) {
    return false;
  }

  private PendingChanges changes(SharedSessionContractImplementor session) {
    return pending.computeIfAbsent(
        session,
        s -> {
          String who = who();
          PendingChanges changes =
              new PendingChanges(
                  who == null ? AutomaticWork.who() : who, who != null, clock.instant());
          s.getTransactionCompletionCallbacks().registerCallback(changes);
          s.getTransactionCompletionCallbacks()
              .registerCallback((AfterCompletionCallback) (success, ss) -> pending.remove(s));
          return changes;
        });
  }

  private static String who() {
    Authentication auth = SecurityContextHolder.getContext().getAuthentication();
    if (auth == null || auth instanceof AnonymousAuthenticationToken || auth.getName() == null) {
      return null;
    }
    String name = auth.getName();
    return name.length() <= 60 ? name : name.substring(0, 60);
  }

  private static RecordKey key(String kind, Object id) {
    return new RecordKey(kind, ((Number) id).longValue());
  }

  private static Function<Object, Object> idOf(SharedSessionContractImplementor session) {
    return entity -> {
      if (entity instanceof HibernateProxy proxy) {
        return proxy.getHibernateLazyInitializer().getInternalIdentifier();
      }
      Object id = session.getContextEntityIdentifier(entity);
      return id == null ? "?" : id;
    };
  }

  private Shape shape(EntityPersister persister) {
    return shapes.computeIfAbsent(persister.getEntityName(), name -> shapeOf(persister));
  }

  private static Shape shapeOf(EntityPersister persister) {
    Class<?> type = persister.getMappedClass();
    KeepsHistory keeps = type.getAnnotation(KeepsHistory.class);
    if (keeps == null) {
      return new Shape(null, List.of(), -1);
    }
    String[] names = persister.getPropertyNames();
    Type[] types = persister.getPropertyTypes();
    List<Property> properties = new ArrayList<>();
    int stamp = -1;
    for (int i = 0; i < names.length; i++) {
      Class<?> returned = types[i].getReturnedClass();
      if (returned == AuditStamp.class
          || returned == LastChange.class
          || (stamp < 0 && returned == String.class && "updatedBy".equals(names[i]))) {
        stamp = i;
      }
      if (!(types[i] instanceof CollectionType)
          && !isSkipped(types[i].getReturnedClass())
          && !isExcluded(type, names[i])) {
        properties.add(new Property(i, names[i], types[i]));
      }
    }
    return new Shape(keeps.value(), List.copyOf(properties), stamp);
  }

  /** Stamps of who changed a record last are the log's own subject, not changes. */
  private static boolean isSkipped(Class<?> type) {
    return type == AuditStamp.class || type == LastChange.class || HistoryValues.isBinary(type);
  }

  private static boolean isExcluded(Class<?> type, String property) {
    for (Class<?> t = type; t != null && t != Object.class; t = t.getSuperclass()) {
      try {
        Field field = t.getDeclaredField(property);
        return field.isAnnotationPresent(NotInHistory.class)
            || field.isAnnotationPresent(jakarta.persistence.Version.class);
      } catch (NoSuchFieldException e) {
        // declared higher up
      }
    }
    return false;
  }
}
