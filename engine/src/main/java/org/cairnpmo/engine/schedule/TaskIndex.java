package org.cairnpmo.engine.schedule;

import java.util.List;

/**
 * Task ids to task indexes, in open addressing over plain arrays: no boxed indexes and no entry
 * objects to follow, which matters when a plan of a million tasks looks up three million link ends.
 *
 * <p>A slot's hash and index sit side by side in one array, so a probe reads one place. The ids
 * looked up are those of the request's links and outline, which the request has checked to be ids
 * of its tasks: when no other task's id has the same hash, the hash alone names the task, and the
 * id itself is compared only when two tasks share a hash.
 */
final class TaskIndex {

  /**
   * Ids whose hashes differ only in these low bits (A1041 and A1042) keep neighbouring slots: the
   * links of a plan numbered in order then read a few lines of the table, not a line per link.
   */
  private static final int NEIGHBOURS = 3;

  private final String[] keys;

  /**
   * Per slot: the id's hash, then its task index plus one (0 for an empty slot), negative when
   * another task's id has the same hash.
   */
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
      boolean shared = false;
      while (entries[2 * slot + 1] != 0) {
        if (entries[2 * slot] == hash) {
          // the same hash starts at the same slot, so every task sharing it is on this walk
          entries[2 * slot + 1] = -Math.abs(entries[2 * slot + 1]);
          shared = true;
        }
        slot = (slot + 1) & mask;
      }
      keys[slot] = id;
      entries[2 * slot] = hash;
      entries[2 * slot + 1] = shared ? -(i + 1) : i + 1;
    }
  }

  /** The index of the task with this id, which must be the id of one of the tasks. */
  int of(String id) {
    int hash = id.hashCode();
    int slot = spread(hash) & mask;
    int value;
    while ((value = entries[2 * slot + 1]) != 0) {
      if (entries[2 * slot] == hash) {
        if (value > 0) {
          return value - 1;
        }
        String key = keys[slot];
        if (key == id || key.equals(id)) {
          return -value - 1;
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
