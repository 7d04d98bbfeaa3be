package org.cairnpmo.engine.schedule;

import java.util.List;

/**
 * Task ids to task indexes, in open addressing over plain arrays: no boxed indexes and no entry
 * objects to follow, which matters when a plan of a million tasks looks up three million link ends.
 *
 * <p>A slot's hash and index sit side by side in one array, so a probe reads one place and the id
 * itself only when the hashes agree.
 */
final class TaskIndex {

  /**
   * Ids whose hashes differ only in these low bits (A1041 and A1042) keep neighbouring slots: the
   * links of a plan numbered in order then read a few lines of the table, not a line per link.
   */
  private static final int NEIGHBOURS = 3;

  private final String[] keys;

  /** Per slot: the id's hash, then its task index plus one (0 for an empty slot). */
  private final int[] entries;

  private final int mask;

  TaskIndex(List<ScheduleTask> tasks) {
    int capacity = Integer.highestOneBit(Math.max(4, tasks.size() * 2 - 1)) << 1;
    keys = new String[capacity];
    entries = new int[2 * capacity];
    mask = capacity - 1;
    for (int i = 0; i < tasks.size(); i++) {
      String id = tasks.get(i).id();
      int hash = id.hashCode();
      int slot = spread(hash) & mask;
      while (entries[2 * slot + 1] != 0) {
        slot = (slot + 1) & mask;
      }
      keys[slot] = id;
      entries[2 * slot] = hash;
      entries[2 * slot + 1] = i + 1;
    }
  }

  /** The index of the task with this id; the ids were checked by the request. */
  int of(String id) {
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    int value;
    while ((value = entries[2 * slot + 1]) != 0) {
      if (entries[2 * slot] == hash) {
        String key = keys[slot];
        if (key == id || key.equals(id)) {
          return value - 1;
        }
      }
      slot = (slot + 1) & mask;
    }
    throw new InvalidScheduleException("The plan has no task " + id);
  }

  private static int spread(int hash) {
    int h = (hash >>> NEIGHBOURS) * 0x9E3779B9;
    return ((h ^ (h >>> 16)) << NEIGHBOURS) | (hash & ((1 << NEIGHBOURS) - 1));
  }
}
