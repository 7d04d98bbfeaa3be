package org.cairnpmo.engine.schedule;

import java.util.List;

/**
 * Task ids to task indexes, in open addressing over plain arrays: no boxed indexes and no entry
 * objects to follow, which matters when a plan of a million tasks looks up three million link ends.
 */
final class TaskIndex {

  private final String[] keys;
  private final int[] hashes;
  private final int[] values;
  private final int mask;

  TaskIndex(List<ScheduleTask> tasks) {
    int capacity = Integer.highestOneBit(Math.max(4, tasks.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    hashes = new int[capacity];
    values = new int[capacity];
    mask = capacity - 1;
    for (int i = 0; i < tasks.size(); i++) {
      String id = tasks.get(i).id();
      int hash = id.hashCode();
      int slot = spread(hash) & mask;
      while (keys[slot] != null) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = id;
      hashes[slot] = hash;
      values[slot] = i;
    }
  }

  /** The index of the task with this id; the ids were checked by the request. */
  int of(String id) {
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    while (keys[slot] != null) {
      if (hashes[slot] == hash && (keys[slot] == id || keys[slot].equals(id))) {
        return values[slot];
      }
      slot = (slot + 1) & mask;
    }
    throw new InvalidScheduleException("The plan has no task " + id);
  }

  private static int spread(int hash) {
    int h = hash * 0x9E3779B9;
    return h ^ (h >>> 16);
  }
}
