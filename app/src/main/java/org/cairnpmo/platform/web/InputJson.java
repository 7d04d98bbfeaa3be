package org.cairnpmo.platform.web;

import com.fasterxml.jackson.annotation.Nulls;
import java.time.LocalDate;
import org.cairnpmo.platform.InputRules;
import org.springframework.stereotype.Component;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.deser.std.DelegatingDeserializer;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.ext.javatime.deser.LocalDateDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * The JSON mapper for what callers send (request bodies and merge patches): the application's
 * mapper plus the {@link InputRules}. A text with a control character, a date outside the accepted
 * range or a {@code null} inside a list fails with the path of the value ({@code members[0]}),
 * which the API answers as a 400 naming that field.
 *
 * <p>Only input is held to these rules. JSON that Cairn reads back from its own tables (scenario
 * definitions and results, event publications) keeps the application's mapper, so that text stored
 * before the rules existed stays readable.
 */
@Component
public class InputJson {

  private final JsonMapper mapper;

  InputJson(JsonMapper json) {
    this.mapper = strict(json);
  }

  /** The mapper to read caller input with. */
  public JsonMapper mapper() {
    return mapper;
  }

  static JsonMapper strict(JsonMapper base) {
    SimpleModule rules = new SimpleModule("cairn-input-rules");
    rules.addDeserializer(String.class, new CheckedText());
    rules.addDeserializer(LocalDate.class, dates(new CheckedDate(LocalDateDeserializer.INSTANCE)));
    return base.rebuild()
        .addModule(rules)
        // A null element has no meaning in any list Cairn accepts; refusing it here keeps every
        // service free of null checks and names the element in the answer.
        .changeDefaultNullHandling(n -> n.withContentNulls(Nulls.FAIL))
        // 2.5 for a whole number (an id, a count of days, a rating) is a mistake, not a 2.
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .build();
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static ValueDeserializer<LocalDate> dates(CheckedDate checked) {
    return (ValueDeserializer) checked;
  }

  /** The failure the API handler recognizes: its message is the one to show. */
  static final class RuleFailure extends InvalidFormatException {

    RuleFailure(JsonParser parser, String message, Object value, Class<?> type) {
      super(parser, message, value, type);
    }
  }

  /** Text as Jackson reads it, refused when it holds a control character. */
  static final class CheckedText extends StringDeserializer {

    @Override
    public String deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      String text = super.deserialize(p, ctxt);
      if (InputRules.hasControlCharacter(text)) {
        throw new RuleFailure(p, InputRules.CONTROL_CHARACTER_MESSAGE, text, String.class);
      }
      return text;
    }
  }

  /**
   * A date as the application's deserializer reads it, refused outside the accepted range; it wraps
   * rather than extends that deserializer so that its per-field variants are checked too.
   */
  static final class CheckedDate extends DelegatingDeserializer {

    CheckedDate(ValueDeserializer<?> dates) {
      super(dates);
    }

    @Override
    protected ValueDeserializer<?> newDelegatingInstance(ValueDeserializer<?> dates) {
      return new CheckedDate(dates);
    }

    @Override
    public Object deserialize(JsonParser p, DeserializationContext ctxt) throws JacksonException {
      Object value = super.deserialize(p, ctxt);
      if (value instanceof LocalDate date && !InputRules.isSaneDate(date)) {
        throw new RuleFailure(p, InputRules.DATE_RANGE_MESSAGE, date, LocalDate.class);
      }
      return value;
    }
  }
}
