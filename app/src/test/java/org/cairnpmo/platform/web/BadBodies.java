package org.cairnpmo.platform.web;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The bad bodies of {@link BadInputCorpusTest}, derived from a request record: a valid-looking
 * sample with one element in every list (ids named like a fixture's, such as {@code projectId} or
 * {@code managerId}, hold that fixture's id), then its mutations.
 *
 * <p>Mutations that JSON binding refuses cost a parse and nothing more, and are made per value: a
 * control character in a text, each extreme date (years 0 and 9999 among them), a {@code null} list
 * element, a value of the wrong JSON type (an object for a text, a number for a list, a text for a
 * number, a boolean or an object, a boolean for a date) and an unknown constant for an enum; a
 * whole number past its type's range once a record, since one reader refuses them all. They are
 * marked {@link Mutation#binding()}: what binding answers depends on the record only, so the corpus
 * sends each once per record type.
 *
 * <p>Mutations that pass binding reach validation and the services and cost what a real request
 * costs: the empty body {@code {}} (every field missing; a missing field binds exactly as a {@code
 * null} one), {@code null} per top-level field that validation does not already require
 * ({@code @NotNull}, {@code @NotBlank}, {@code @NotEmpty}, primitives), an id no record has per id
 * field, and, combined, texts of 100,000 characters (eight to a body, below the body limit), every
 * number other than an id at -1, and every such number huge (10^20 for decimals, the type's largest
 * value for whole numbers).
 */
final class BadBodies {

  static final String CONTROL = "Bad\u0000text\u0001";

  /** Dates no field accepts: year 0, year 9999, beyond any database's range, the Julian gap. */
  static final List<String> DATES =
      List.of("0000-06-15", "9999-12-31", "+999999999-12-31", "1582-10-10");

  static final String LONG_TEXT = "x".repeat(100_000);

  /** An id no record has. */
  static final long MISSING_ID = 987_654_321L;

  private final JsonMapper json;
  private final Function<String, Long> fixtureIds;

  /**
   * @param fixtureIds the id of a fixture for a field name ({@code projectId}, {@code memberIds}),
   *     or null
   */
  BadBodies(JsonMapper json, Function<String, Long> fixtureIds) {
    this.json = json;
    this.fixtureIds = fixtureIds;
  }

  static boolean isNumber(Class<?> type) {
    return type == int.class || type == long.class || Number.class.isAssignableFrom(type);
  }

  /**
   * One bad body: what it is, the JSON, whether every route must refuse it, and whether binding
   * alone answers it (so that it depends on the record type only).
   */
  record Mutation(String what, String body, boolean refused, boolean binding) {}

  /**
   * Whether a record component must not be null (validation refuses null, the handler never sees
   * it).
   */
  private static boolean required(RecordComponent c) {
    java.util.List<java.lang.annotation.Annotation> annotations =
        new ArrayList<>(List.of(c.getAccessor().getAnnotations()));
    try {
      annotations.addAll(
          List.of(c.getDeclaringRecord().getDeclaredField(c.getName()).getAnnotations()));
    } catch (NoSuchFieldException e) {
      // Every component has its field.
    }
    return c.getType().isPrimitive()
        || annotations.stream()
            .map(a -> a.annotationType().getSimpleName())
            .anyMatch(n -> n.equals("NotNull") || n.equals("NotBlank") || n.equals("NotEmpty"));
  }

  /** Where a value sits in the sample body: keys and indices from the root. */
  private record Slot(List<Object> path, Kind kind, Class<?> type) {

    /** The name of the field the value belongs to (a list element's is the list's). */
    String name() {
      for (int i = path.size() - 1; i >= 0; i--) {
        if (path.get(i) instanceof String name) {
          return name;
        }
      }
      return "";
    }

    boolean isId() {
      String name = name();
      return (kind == Kind.WHOLE)
          && (name.equals("id") || name.endsWith("Id") || name.endsWith("Ids"));
    }

    boolean topLevel() {
      return path.size() == 1;
    }
  }

  private enum Kind {
    TEXT,
    DATE,
    LIST,
    WHOLE,
    DECIMAL,
    BOOLEAN,
    ENUM,
    OBJECT
  }

  /** The sample body of {@code type}: what every mutation changes one thing of. */
  String sample(Class<?> type) {
    return json.writeValueAsString(sample(type, new ArrayList<>(), new ArrayList<>(), 0));
  }

  List<Mutation> mutations(Class<?> type) {
    List<Slot> slots = new ArrayList<>();
    JsonNode sample = sample(type, new ArrayList<>(), slots, 0);
    JsonNodeFactory nodes = json.getNodeFactory();
    List<Mutation> mutations = new ArrayList<>();
    boolean pastRange = false;
    for (Slot slot : slots) {
      String where = slot.path().toString();
      switch (slot.kind()) {
        case TEXT -> {
          refuse(mutations, "text " + where, with(sample, slot, nodes.stringNode(CONTROL)));
          refuse(
              mutations, "object for text " + where, with(sample, slot, json.createObjectNode()));
        }
        case DATE -> {
          for (String date : DATES) {
            refuse(
                mutations,
                "date " + where + " " + date,
                with(sample, slot, nodes.stringNode(date)));
          }
          refuse(
              mutations, "boolean for date " + where, with(sample, slot, nodes.booleanNode(true)));
        }
        case LIST -> {
          refuse(
              mutations,
              "null element " + where,
              with(sample, slot, json.createArrayNode().addNull()));
          refuse(mutations, "number for list " + where, with(sample, slot, nodes.numberNode(7)));
        }
        case WHOLE -> {
          refuse(
              mutations, "text for number " + where, with(sample, slot, nodes.stringNode("abc")));
          // The same reader refuses every whole number past its range: once a record.
          if (!pastRange) {
            pastRange = true;
            refuse(
                mutations,
                "number past the range " + where,
                with(sample, slot, nodes.numberNode(new BigDecimal("99999999999999999999"))));
          }
        }
        case DECIMAL ->
            refuse(
                mutations, "text for number " + where, with(sample, slot, nodes.stringNode("abc")));
        case BOOLEAN ->
            refuse(
                mutations,
                "text for boolean " + where,
                with(sample, slot, nodes.stringNode("maybe")));
        case ENUM ->
            refuse(
                mutations,
                "unknown constant " + where,
                with(sample, slot, nodes.stringNode("NOT_A_CONSTANT")));
        case OBJECT ->
            refuse(
                mutations, "text for object " + where, with(sample, slot, nodes.stringNode("x")));
      }
    }

    // Past binding: per field where one value cannot stand for the others, else combined.
    mutations.add(new Mutation("empty object", "{}", false, false));
    Set<String> required = new java.util.HashSet<>();
    for (RecordComponent c : type.getRecordComponents()) {
      if (required(c)) {
        required.add(c.getName());
      }
    }
    for (Slot slot : slots) {
      if (slot.topLevel() && !required.contains(slot.name())) {
        mutations.add(
            new Mutation(
                "null " + slot.name(), with(sample, slot, nodes.nullNode()), false, false));
      }
      if (slot.isId()) {
        mutations.add(
            new Mutation(
                "missing id " + slot.path(),
                with(sample, slot, nodes.numberNode(MISSING_ID)),
                false,
                false));
      }
    }
    // Eight texts of 100,000 characters to a body, which stays below the 1 MiB body limit.
    List<Slot> texts = slots.stream().filter(s -> s.kind() == Kind.TEXT).toList();
    for (int from = 0; from < texts.size(); from += 8) {
      mutations.add(
          new Mutation(
              "texts of 100,000 characters from " + texts.get(from).path(),
              withAll(
                  sample,
                  texts.subList(from, Math.min(texts.size(), from + 8)),
                  s -> nodes.stringNode(LONG_TEXT)),
              false,
              false));
    }
    List<Slot> numbers =
        slots.stream()
            .filter(s -> (s.kind() == Kind.WHOLE && !s.isId()) || s.kind() == Kind.DECIMAL)
            .toList();
    if (!numbers.isEmpty()) {
      mutations.add(
          new Mutation(
              "every number negative",
              withAll(sample, numbers, s -> nodes.numberNode(-1)),
              false,
              false));
      mutations.add(
          new Mutation(
              "every number huge",
              withAll(
                  sample,
                  numbers,
                  s ->
                      s.kind() == Kind.DECIMAL
                          ? nodes.numberNode(new BigDecimal("1E+20"))
                          : s.type() == long.class || s.type() == Long.class
                              ? nodes.numberNode(Long.MAX_VALUE)
                              : nodes.numberNode(Integer.MAX_VALUE)),
              false,
              false));
    }
    return mutations;
  }

  private static void refuse(List<Mutation> mutations, String what, String body) {
    mutations.add(new Mutation(what, body, true, true));
  }

  private String with(JsonNode sample, Slot slot, JsonNode value) {
    return withAll(sample, List.of(slot), s -> value);
  }

  /** The sample with the value at each slot replaced. */
  private String withAll(JsonNode sample, List<Slot> slots, Function<Slot, JsonNode> value) {
    JsonNode copy = sample.deepCopy();
    for (Slot slot : slots) {
      JsonNode parent = copy;
      List<Object> path = slot.path();
      for (int i = 0; i < path.size() - 1; i++) {
        Object step = path.get(i);
        parent = step instanceof Integer index ? parent.get(index) : parent.get((String) step);
      }
      Object last = path.get(path.size() - 1);
      if (last instanceof Integer index) {
        ((ArrayNode) parent).set(index, value.apply(slot));
      } else {
        ((ObjectNode) parent).set((String) last, value.apply(slot));
      }
    }
    return json.writeValueAsString(copy);
  }

  /** A sample of {@code type} with every list holding one element; records the slots on the way. */
  private JsonNode sample(Type type, List<Object> path, List<Slot> slots, int depth) {
    JsonNodeFactory nodes = json.getNodeFactory();
    if (!(type instanceof Class<?>) && !(type instanceof ParameterizedType)) {
      return nodes.nullNode();
    }
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    Kind kind = null;
    JsonNode value = null;
    if (raw == String.class) {
      kind = Kind.TEXT;
      value = nodes.stringNode("x");
    } else if (raw == LocalDate.class) {
      kind = Kind.DATE;
      value = nodes.stringNode("2027-01-01");
    } else if (raw == Boolean.class || raw == boolean.class) {
      kind = Kind.BOOLEAN;
      value = nodes.booleanNode(true);
    } else if (raw == BigDecimal.class || raw == Double.class || raw == double.class) {
      kind = Kind.DECIMAL;
      value = nodes.numberNode(1.5);
    } else if (isNumber(raw)) {
      kind = Kind.WHOLE;
      Long id = path.isEmpty() ? null : fixtureIds.apply(new Slot(path, kind, raw).name());
      value = id == null ? nodes.numberNode(1) : nodes.numberNode(id);
    } else if (raw.isEnum()) {
      kind = Kind.ENUM;
      value = nodes.stringNode(((Enum<?>) raw.getEnumConstants()[0]).name());
    } else if (Collection.class.isAssignableFrom(raw) && type instanceof ParameterizedType p) {
      kind = Kind.LIST;
      slots.add(new Slot(List.copyOf(path), kind, raw));
      ArrayNode list = json.createArrayNode();
      List<Object> element = new ArrayList<>(path);
      element.add(0);
      list.add(sample(p.getActualTypeArguments()[0], element, slots, depth + 1));
      return list;
    } else if (raw.isRecord() && depth < 4) {
      if (!path.isEmpty()) {
        slots.add(new Slot(List.copyOf(path), Kind.OBJECT, raw));
      }
      ObjectNode object = json.createObjectNode();
      for (RecordComponent c : raw.getRecordComponents()) {
        List<Object> field = new ArrayList<>(path);
        field.add(c.getName());
        object.set(c.getName(), sample(c.getGenericType(), field, slots, depth + 1));
      }
      return object;
    }
    if (kind == null) {
      return nodes.nullNode();
    }
    if (!path.isEmpty()) {
      slots.add(new Slot(List.copyOf(path), kind, raw));
    }
    return value;
  }
}
