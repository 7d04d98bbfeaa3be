package org.cairnpmo.planning.domain;

import java.util.Optional;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.cairnpmo.identity.CurrentUser;
import org.cairnpmo.planning.PlanEdit;
import org.cairnpmo.platform.NotFoundException;
import org.springframework.transaction.annotation.Transactional;

/**
 * One kind of entry a plan holds beside its tasks (calendars, resources, requirements, links):
 * added, changed and deleted the same way, each change made through the {@link PlanEditor} (so it
 * names the plan's version and reschedules the plan). A kind says how its entries are found,
 * checked, made, written and removed.
 *
 * @param <E> the entry as stored
 * @param <D> the entry as its planner writes it
 * @param <V> the entry as it is shown
 */
public abstract class PlanEntryService<E, D, V> {

  private final PlanEditor editor;
  private final String kind;

  /** {@code kind} names the entry in "not found" ("Calendar 12 not found"). */
  PlanEntryService(PlanEditor editor, String kind) {
    this.editor = editor;
    this.kind = kind;
  }

  @Transactional
  public PlanEdit<V> add(long projectId, D data, long expectedVersion, CurrentUser me) {
    return refusing(
        () ->
            editor.edit(
                PlanEditor.at(projectId, expectedVersion, me),
                context -> {
                  check(context, data, null);
                  E entry = create(context, data);
                  changed(context);
                  return view(context, entry);
                }));
  }

  @Transactional
  public PlanEdit<V> edit(long projectId, long id, D data, long expectedVersion, CurrentUser me) {
    return refusing(
        () ->
            editor.edit(
                PlanEditor.at(projectId, expectedVersion, me),
                context -> {
                  E entry = find(context, id);
                  check(context, data, entry);
                  write(entry, data);
                  changed(context);
                  return view(context, entry);
                }));
  }

  @Transactional
  public PlanEdit<Void> delete(long projectId, long id, long expectedVersion, CurrentUser me) {
    return editor.delete(
        PlanEditor.at(projectId, expectedVersion, me),
        context -> {
          remove(context, find(context, id));
          changed(context);
        });
  }

  /** The entry of this plan with {@code id}; one of another plan or none is "not found". */
  private E find(PlanContext context, long id) {
    return lookup(context, id).orElseThrow(() -> new NotFoundException(kind, id));
  }

  /** The entry of this plan with {@code id}, if any: one of another plan is none. */
  abstract Optional<E> lookup(PlanContext context, long id);

  /** Refuses {@code data} with every problem at once; {@code self} is null for a new entry. */
  abstract void check(PlanContext context, D data, E self);

  /** Makes and stores a new entry of checked {@code data}. */
  abstract E create(PlanContext context, D data);

  /** Writes checked {@code data} over the entry. */
  abstract void write(E entry, D data);

  /** Removes the entry and what refers to it; refuses when the plan still needs it. */
  abstract void remove(PlanContext context, E entry);

  /** How to show the entry once the plan's new version is known. */
  abstract LongFunction<V> view(PlanContext context, E entry);

  /** What the change must forget once it is made (nothing unless a kind says so). */
  void changed(PlanContext context) {}

  /**
   * Runs an addition or a change, so that a kind can name the field behind a refusal that only the
   * scheduling run after it finds.
   */
  PlanEdit<V> refusing(Supplier<PlanEdit<V>> change) {
    return change.get();
  }
}
