package org.cairnpmo.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad bodies of {@link BadInputCorpusTest}, derived from a request record: a valid-looking
 * sample with one element in every list, then one copy per text (a control character), per date
 * (each extreme date) and per list (a null element).
 */
final class BadBodies {

  static final String CONTROL = "Bad\u0000text\u0001";
  static final List<String> DATES = List.of("0000-06-15", "+999999999-12-31", "1582-10-10");

  private final JsonMapper json;

  BadBodies(JsonMapper json) {
    this.json = json;
  }

  static boolean isNumber(Class<?> type) {
    return type == int.class || type == long.class || Number.class.isAssignableFrom(type);
  }

  record Mutation(String what, String body) {}

  /** Where a value sits in the sample body: keys and indices from the root. */
  private record Slot(List<Object> path, Kind kind) {}

  private enum Kind {
    TEXT,
    DATE,
    LIST
  }

  List<Mutation> mutations(Class<?> type) {
    List<Slot> slots = new ArrayList<>();
    JsonNode sample = sample(type, new ArrayList<>(), slots, 0);
    List<Mutation> mutations = new ArrayList<>();
    for (Slot slot : slots) {
      String where = slot.path().toString();
      switch (slot.kind()) {
        case TEXT ->
            mutations.add(new Mutation("text " + where, with(sample, slot, n -> n.put(CONTROL))));
        case DATE -> {
          for (String date : DATES) {
            mutations.add(
                new Mutation("date " + where + " " + date, with(sample, slot, n -> n.put(date))));
          }
        }
        case LIST ->
            mutations.add(
                new Mutation("null element " + where, with(sample, slot, n -> n.putNull())));
      }
    }
    return mutations;
  }

  /** A setter on the parent of the slot: the value replaces the slot (a list gets [null]). */
  private interface Setter {
    void put(String text);

    void putNull();
  }

  private String with(JsonNode sample, Slot slot, Consumer<Setter> change) {
    JsonNode copy = sample.deepCopy();
    JsonNode parent = copy;
    List<Object> path = slot.path();
    for (int i = 0; i < path.size() - 1; i++) {
      Object step = path.get(i);
      parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
    }
    Object last = path.get(path.size() - 1);
    JsonNode target = parent;
    change.accept(
        new Setter() {
          @Override
          public void put(String text) {
            if (last instanceof Integer index) {
              ((ArrayNode) target).set(index, json.getNodeFactory().stringNode(text));
            } else {
              ((ObjectNode) target).put((String) last, text);
            }
          }

          @Override
          public void putNull() {
            ArrayNode list = json.createArrayNode().addNull();
            if (last instanceof Integer index) {
              ((ArrayNode) target).set(index, list);
            } else {
              ((ObjectNode) target).set((String) last, list);
            }
          }
        });
    return json.writeValueAsString(copy);
  }

  /** A sample of {@code type} with every list holding one element; records the slots on the way. */
  private JsonNode sample(Type type, List<Object> path, List<Slot> slots, int depth) {
    if (!(type instanceof Class<?>) && !(type instanceof ParameterizedType)) {
      return json.getNodeFactory().nullNode();
    }
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == String.class) {
      slots.add(new Slot(List.copyOf(path), Kind.TEXT));
      return json.getNodeFactory().stringNode("x");
    }
    if (raw == LocalDate.class) {
      slots.add(new Slot(List.copyOf(path), Kind.DATE));
      return json.getNodeFactory().stringNode("2027-01-01");
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return json.getNodeFactory().booleanNode(true);
    }
    if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      return json.getNodeFactory().numberNode(1.5);
    }
    if (isNumber(raw)) {
      return json.getNodeFactory().numberNode(1);
    }
    if (raw.isEnum()) {
      return json.getNodeFactory().stringNode(((Enum<?>) raw.getEnumConstants()[0]).name());
    }
    if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      slots.add(new Slot(List.copyOf(path), Kind.LIST));
      ArrayNode list = json.createArrayNode();
      List<Object> element = new ArrayList<>(path);
      element.add(0);
      list.add(sample(p.getActualTypeArguments()[0], element, slots, depth + 1));
      return list;
    }
    if (raw.isRecord() && depth < 4) {
      ObjectNode object = json.createObjectNode();
      for (RecordComponent c : raw.getRecordComponents()) {
        List<Object> field = new ArrayList<>(path);
        field.add(c.getName());
        object.set(c.getName(), sample(c.getGenericType(), field, slots, depth + 1));
      }
      return object;
    }
    return json.getNodeFactory().nullNode();
  }
}
