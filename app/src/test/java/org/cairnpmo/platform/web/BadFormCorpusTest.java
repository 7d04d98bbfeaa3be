package org.cairnpmo.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

import java.beans.PropertyDescriptor;
import java.lang.management.ManagementFactory;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cairnpmo.control.ControlTestSupport;
import org.cairnpmo.identity.Role;
import org.cairnpmo.identity.UserSummary;
import org.cairnpmo.portfolio.domain.ProposalService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.MethodParameter;
import org.springframework.http.HttpMethod;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Posts every page form, found in Spring's own mapping (every route outside {@code /api/} that
 * takes POST and reads a form object or request parameters), the values no browser of Cairn sends,
 * with a valid CSRF token, as the PMO (an administrator where the PMO may not), and requires that
 * none answers 5xx, a stack trace or Spring's Whitelabel page: the form drawn again with its
 * errors, a redirect or an error page are the answers there are.
 *
 * <p>Binding collects every field's error at once, so each form gets five posts: no fields at all;
 * every field unreadable at once (a control character in each text, a word in each number, date,
 * choice and check box); texts of 100,000 characters (eight to a post, below the body limit); every
 * number -1 with every date in year 0; every number 10^20 with every date in year 9999. A text
 * field is taken for a number or a date when its name says so ({@code budget}, {@code
 * plannedStart}), since many forms keep those as text to word their own errors. Path variables name
 * the fixtures the test makes; where a form is about a record it cannot make, the id is one no
 * record has, which is answered 404.
 */
class BadFormCorpusTest extends ControlTestSupport {

  private static final Pattern VARIABLE = Pattern.compile("\\{(\\w+)(?::[^}]*)?}");
  private static final Pattern STACK_TRACE =
      Pattern.compile("\\bat (java|org|jdk|tools|com)\\.[\\w.$]+\\([\\w]+\\.java:\\d+\\)");
  private static final Pattern DATE_NAME =
      Pattern.compile("(?i).*(date|start|finish|end|due|from|until|^on$|On$|[a-z]At$|expires).*");
  private static final Pattern NUMBER_NAME =
      Pattern.compile(
          "(?i).*(amount|cost|budget|hours|rate|value|price|score|percent|weight|probability"
              + "|impact|capacity|days|seats|level|year|count|credits|limit|fte|total).*");

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  private RequestMappingHandlerMapping mappings;

  @Autowired private ProposalService proposals;

  private UserSummary pmo;
  private UserSummary admin;
  private Map<String, Long> ids;

  private final Map<Integer, Integer> statuses = new TreeMap<>();
  private final List<String> failures = new ArrayList<>();

  private enum Kind {
    TEXT,
    NUMBER,
    ID,
    DATE,
    CHOICE,
    CHECK
  }

  /** One field a form posts: its name as the form writes it, and what it holds. */
  private record Field(String name, Kind kind, Class<?> type) {}

  private record Form(
      HttpMethod method, String pattern, HandlerMethod handler, List<Field> fields) {}

  @Test
  void no_bad_value_makes_a_page_form_fail_or_show_a_stack_trace() throws Exception {
    long started = System.nanoTime();
    long cpu = ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
    fixtures();
    List<Form> forms = forms();
    assertThat(forms).hasSizeGreaterThan(100);
    int calls = 0;
    for (Form form : forms) {
      for (Map.Entry<String, Map<String, String>> post : posts(form).entrySet()) {
        send(form, post.getKey(), post.getValue());
        calls++;
      }
    }
    System.out.println(
        "Bad form corpus: "
            + calls
            + " posts to "
            + forms.size()
            + " page forms in "
            + (System.nanoTime() - started) / 1_000_000
            + " ms ("
            + (ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - cpu) / 1_000_000
            + " ms CPU); posts by status "
            + statuses);
    if (!failures.isEmpty()) {
      System.out.println("Failures:\n  " + String.join("\n  ", failures));
    }

    assertThat(failures).isEmpty();
  }

  // ------------------------------------------------------------------ fixtures

  private void fixtures() {
    pmo = user(Role.PMO);
    admin = user(Role.ADMIN);
    Team team = team(false);
    long risk = raid.logRisk(team.id(), risk("Supplier late", 3, 4), current(team.manager())).id();
    long proposal =
        proposals
            .create(BadInputCorpusTest.proposalData("Form corpus " + unique()), current(pmo))
            .id();
    ids = new LinkedHashMap<>();
    ids.put("projects", team.id());
    ids.put("projectId", team.id());
    ids.put("risks", risk);
    ids.put("proposals", proposal);
    ids.put("departments", department().id());
    ids.put("userId", team.member().id());
  }

  /** The id of the fixture a field or path variable names, else null. */
  private Long fixtureId(String name) {
    String base = name.replaceFirst("Ids?$", "").toLowerCase(Locale.ROOT);
    return switch (base) {
      case "project", "projects" -> ids.get("projectId");
      case "risk", "risks" -> ids.get("risks");
      case "proposal", "proposals" -> ids.get("proposals");
      case "department", "departments", "unit", "parent" -> ids.get("departments");
      case "user",
          "users",
          "manager",
          "sponsor",
          "owner",
          "member",
          "person",
          "people",
          "reviewer",
          "assignee",
          "approver",
          "mentor",
          "mentee",
          "linemanager" ->
          ids.get("userId");
      default -> null;
    };
  }

  /** A path variable: the fixture the segment before {@code {id}} names, else no record's id. */
  private String pathValue(String pattern, String variable) {
    String name = variable;
    if (variable.equals("id")) {
      String before = pattern.substring(0, pattern.indexOf("{id") - 1);
      name = before.substring(before.lastIndexOf('/') + 1);
    }
    Long id = fixtureId(name);
    return Long.toString(id == null ? BadBodies.MISSING_ID : id);
  }

  // ------------------------------------------------------------------ forms

  private List<Form> forms() {
    List<Form> forms = new ArrayList<>();
    for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
      Set<RequestMethod> methods = e.getKey().getMethodsCondition().getMethods();
      if (!methods.contains(RequestMethod.POST)) {
        continue;
      }
      for (String pattern : e.getKey().getPatternValues()) {
        if (pattern.startsWith("/api/")) {
          continue;
        }
        List<Field> fields = fields(e.getValue());
        if (fields != null) {
          forms.add(new Form(HttpMethod.POST, pattern, e.getValue(), fields));
        }
      }
    }
    // What removes, closes or signs off records last, so that they serve every other form first.
    forms.sort((a, b) -> Boolean.compare(isFinal(a.pattern()), isFinal(b.pattern())));
    return forms;
  }

  private static boolean isFinal(String pattern) {
    return pattern.matches(".*(delete|remove|close|cancel|deactivate|sign-off|reject|archive).*");
  }

  /** The fields a page handler reads, or null when it reads no form (a JSON body, nothing). */
  private static List<Field> fields(HandlerMethod handler) {
    List<Field> fields = new ArrayList<>();
    boolean form = false;
    for (MethodParameter parameter : handler.getMethodParameters()) {
      Class<?> type = parameter.getParameterType();
      if (parameter.hasParameterAnnotation(RequestBody.class)) {
        return null;
      }
      if (parameter.hasParameterAnnotation(RequestParam.class)) {
        form = true;
        RequestParam param = parameter.getParameterAnnotation(RequestParam.class);
        String name = param.name().isEmpty() ? parameter.getParameterName() : param.name();
        Type generic = parameter.getGenericParameterType();
        if (name != null && !Map.class.isAssignableFrom(type)) {
          add(fields, name, generic, 0);
        }
      } else if (parameter.hasParameterAnnotation(ModelAttribute.class)
          || (!parameter.hasParameterAnnotation(PathVariable.class)
              && type.getName().startsWith("org.cairnpmo.")
              && !type.isInterface()
              && !type.getSimpleName().equals("CurrentUser")
              && type != IfMatch.class
              && type != PageQuery.class
              && !type.getSimpleName().equals("PlanPageChange"))) {
        form = true;
        add(fields, "", type, 0);
      }
    }
    return form ? fields : null;
  }

  /** The fields of a value of {@code type} named {@code name}: itself, or its properties. */
  private static void add(List<Field> fields, String name, Type type, int depth) {
    Class<?> raw =
        type instanceof ParameterizedType p ? (Class<?>) p.getRawType() : (Class<?>) type;
    if (raw == MultipartFile.class || depth > 3) {
      return;
    }
    if (Collection.class.isAssignableFrom(raw)) {
      Type element =
          type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : String.class;
      Class<?> elementType =
          element instanceof Class<?> c ? c : (Class<?>) ((ParameterizedType) element).getRawType();
      // A list of values is sent as the parameter repeated; a list of rows as name[0].field.
      add(fields, BeanUtils.isSimpleValueType(elementType) ? name : name + "[0]", element, depth);
      return;
    }
    if (raw == String.class) {
      String last = name.substring(name.lastIndexOf('.') + 1).replaceAll("\\[0]", "");
      Kind kind =
          last.endsWith("Id") || last.endsWith("Ids") || last.equals("ref")
              ? Kind.ID
              : NUMBER_NAME.matcher(last).matches()
                  ? Kind.NUMBER
                  : DATE_NAME.matcher(last).matches() ? Kind.DATE : Kind.TEXT;
      fields.add(new Field(name, kind, raw));
    } else if (raw == LocalDate.class) {
      fields.add(new Field(name, Kind.DATE, raw));
    } else if (raw == boolean.class || raw == Boolean.class) {
      fields.add(new Field(name, Kind.CHECK, raw));
    } else if (raw.isEnum()) {
      fields.add(new Field(name, Kind.CHOICE, raw));
    } else if (BadBodies.isNumber(raw) || raw == double.class) {
      String last = name.substring(name.lastIndexOf('.') + 1).replaceAll("\\[0]", "");
      boolean id = last.equals("id") || last.endsWith("Id") || last.endsWith("Ids");
      fields.add(new Field(name, id ? Kind.ID : Kind.NUMBER, raw));
    } else if (raw.getName().startsWith("org.cairnpmo.") && !raw.isInterface()) {
      String prefix = name.isEmpty() ? "" : name + ".";
      if (raw.isRecord()) {
        for (RecordComponent c : raw.getRecordComponents()) {
          add(fields, prefix + c.getName(), c.getGenericType(), depth + 1);
        }
      } else {
        for (PropertyDescriptor d : BeanUtils.getPropertyDescriptors(raw)) {
          if (d.getWriteMethod() != null) {
            add(
                fields,
                prefix + d.getName(),
                d.getWriteMethod().getGenericParameterTypes()[0],
                depth + 1);
          }
        }
      }
    }
  }

  // ------------------------------------------------------------------ posts

  /** The posts to make to a form, by what each is; a field left out is not sent. */
  private Map<String, Map<String, String>> posts(Form form) {
    Map<String, Map<String, String>> posts = new LinkedHashMap<>();
    posts.put("no fields", Map.of());
    if (form.fields().isEmpty()) {
      return posts;
    }
    posts.put(
        "unreadable values",
        values(
            form,
            f ->
                switch (f.kind()) {
                  case TEXT -> BadBodies.CONTROL;
                  case NUMBER, ID -> "abc";
                  case DATE -> "not-a-date";
                  case CHOICE -> "NOT_A_CONSTANT";
                  case CHECK -> "maybe";
                }));
    List<Field> texts = form.fields().stream().filter(f -> f.kind() == Kind.TEXT).toList();
    for (int from = 0; from < texts.size(); from += 8) {
      Set<Field> chosen = Set.copyOf(texts.subList(from, Math.min(texts.size(), from + 8)));
      posts.put(
          "texts of 100,000 characters from " + texts.get(from).name(),
          values(form, f -> chosen.contains(f) ? BadBodies.LONG_TEXT : null));
    }
    posts.put(
        "negative numbers, year 0",
        values(
            form,
            f ->
                switch (f.kind()) {
                  case NUMBER -> "-1";
                  case DATE -> "0000-06-15";
                  default -> null;
                }));
    posts.put(
        "huge numbers, year 9999",
        values(
            form,
            f ->
                switch (f.kind()) {
                  case NUMBER ->
                      f.type() == String.class || f.type() == BigDecimal.class
                          ? "100000000000000000000"
                          : "99999999999999999999";
                  case DATE -> "9999-12-31";
                  default -> null;
                }));
    return posts;
  }

  /** Every field: the bad value {@code bad} gives it, or a valid-looking sample. */
  private Map<String, String> values(Form form, Function<Field, String> bad) {
    Map<String, String> values = new LinkedHashMap<>();
    for (Field field : form.fields()) {
      String value = bad.apply(field);
      values.put(field.name(), value != null ? value : sample(field));
    }
    return values;
  }

  private String sample(Field field) {
    return switch (field.kind()) {
      case TEXT -> "x";
      case NUMBER -> "1";
      case ID -> {
        Long id = fixtureId(field.name().substring(field.name().lastIndexOf('.') + 1));
        yield id == null ? "1" : id.toString();
      }
      case DATE -> "2027-01-01";
      case CHOICE -> ((Enum<?>) field.type().getEnumConstants()[0]).name();
      case CHECK -> "true";
    };
  }

  // ------------------------------------------------------------------ sending

  private void send(Form form, String what, Map<String, String> values) throws Exception {
    String where = form.method() + " " + form.pattern() + " [" + what + "]";
    MockHttpServletResponse response;
    try {
      response = perform(form, values, pmo);
      if (response.getStatus() == 403) {
        response = perform(form, values, admin);
      }
    } catch (jakarta.servlet.ServletException e) {
      // A failure no handler answered: the server would answer it 500.
      statuses.merge(500, 1, Integer::sum);
      Throwable cause = e.getRootCause() == null ? e : e.getRootCause();
      failures.add(where + " -> 500 " + cause + at(cause));
      return;
    }
    int status = response.getStatus();
    statuses.merge(status, 1, Integer::sum);
    String body = response.getContentAsString();
    if (status >= 500) {
      failures.add(where + " -> " + status);
    } else if (body.contains("Whitelabel Error Page")) {
      failures.add(where + " -> " + status + " Whitelabel page");
    } else if (STACK_TRACE.matcher(body).find()) {
      failures.add(where + " -> " + status + " with a stack trace");
    }
  }

  /** Where in Cairn's code a failure happened: its innermost frames there. */
  private static String at(Throwable failure) {
    return java.util.Arrays.stream(failure.getStackTrace())
        .filter(frame -> frame.getClassName().startsWith("org.cairnpmo."))
        .limit(2)
        .map(frame -> " at " + frame)
        .reduce("", String::concat);
  }

  private MockHttpServletResponse perform(Form form, Map<String, String> values, UserSummary user)
      throws Exception {
    StringBuilder path = new StringBuilder();
    Matcher variables = VARIABLE.matcher(form.pattern());
    while (variables.find()) {
      variables.appendReplacement(
          path, Matcher.quoteReplacement(pathValue(form.pattern(), variables.group(1))));
    }
    variables.appendTail(path);
    MockHttpServletRequestBuilder request =
        request(form.method(), URI.create(path.toString())).with(csrf()).with(page(user));
    values.forEach(request::param);
    return mvc.perform(request).andReturn().getResponse();
  }
}
