package org.cairnpmo.platform.web;

import java.beans.PropertyEditorSupport;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.cairnpmo.platform.InputRules;
import org.cairnpmo.platform.InvalidInputException;
import org.cairnpmo.platform.InvalidInputException.FieldProblem;
import org.springframework.beans.InvalidPropertyException;
import org.springframework.beans.PropertyAccessException;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpStatus;
import org.springframework.validation.BindingResult;
import org.springframework.validation.DataBinder;
import org.springframework.validation.DefaultBindingErrorProcessor;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.servlet.ModelAndView;

/**
 * The rules every text and list from a form field, query parameter or path variable respects, for
 * every controller (pages and API): no control characters in any text, and list indices no larger
 * than a form can need. A value that breaks a rule becomes an error on its field, worded by {@link
 * InputRules}, so that a form shows it next to the field instead of an error page.
 */
@ControllerAdvice
class InputBinding {

  /**
   * The longest list a form may grow to by naming an index ({@code members[255].userId}); Spring
   * would otherwise create every element up to the index named.
   */
  static final int LIST_LIMIT = 256;

  @InitBinder
  void rules(WebDataBinder binder) {
    binder.setAutoGrowCollectionLimit(LIST_LIMIT);
    binder.registerCustomEditor(String.class, new CheckedText());
    // Spring's number editors also read 0x10 and #10 as hexadecimal and 010 as octal, so an id
    // written that way reached another record than the one meant. An editor here rather than a
    // converter: when a converter refuses a value, Spring falls back to those editors.
    binder.registerCustomEditor(Long.class, new DecimalNumber(Long::valueOf, true));
    binder.registerCustomEditor(long.class, new DecimalNumber(Long::valueOf, false));
    binder.registerCustomEditor(Integer.class, new DecimalNumber(Integer::valueOf, true));
    binder.registerCustomEditor(int.class, new DecimalNumber(Integer::valueOf, false));
    binder.setBindingErrorProcessor(new RuleAwareErrors());
  }

  /**
   * A form naming a property or list index that cannot exist ({@code members[-1].userId}, {@code
   * actions[999999].text}): no form of Cairn sends that, so the page says so with a 400. The API's
   * own handler answers first for API controllers.
   */
  @ExceptionHandler(InvalidPropertyException.class)
  ModelAndView invalidProperty(InvalidPropertyException e) {
    return badForm();
  }

  /**
   * Input a page handler refused outside a form it draws again (a hidden field missing, a value
   * only a hand-made post sends): a 400 page with what is wrong, instead of a 500. Forms that show
   * the problems next to their fields catch the exception themselves ({@link FormErrors#attempt}),
   * and the API's own handler answers first for API controllers.
   */
  @ExceptionHandler(InvalidInputException.class)
  ModelAndView invalidInput(InvalidInputException e) {
    ModelAndView page = badForm();
    page.addObject(
        "detail",
        String.join(" ", e.problems().stream().map(FieldProblem::message).toList())
            + " Open the form again from its page.");
    return page;
  }

  /**
   * Spring's constructor binding (forms bound to records) fails this way on a list index past the
   * limit; anywhere else the exception is a defect and goes on as one.
   */
  @ExceptionHandler({IndexOutOfBoundsException.class, NumberFormatException.class})
  ModelAndView indexOutOfRange(RuntimeException e) {
    if (!thrownByBinding(e)) {
      throw e;
    }
    return badForm();
  }

  static boolean thrownByBinding(Throwable e) {
    for (StackTraceElement frame : e.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("java.") || type.startsWith("jdk.")) {
        continue;
      }
      return type.equals(DataBinder.class.getName());
    }
    return false;
  }

  private static ModelAndView badForm() {
    ModelAndView page = new ModelAndView("error/4xx");
    page.setStatus(HttpStatus.BAD_REQUEST);
    page.addObject("status", HttpStatus.BAD_REQUEST.value());
    page.addObject("reason", HttpStatus.BAD_REQUEST.getReasonPhrase());
    page.addObject(
        "detail",
        "The form sent a field that does not exist, or a list row past the last one ("
            + LIST_LIMIT
            + " rows at most). Open the form again from its page.");
    return page;
  }

  /** Text as sent, refused when it holds a control character. */
  static final class CheckedText extends PropertyEditorSupport {

    @Override
    public void setAsText(String text) {
      if (InputRules.hasControlCharacter(text)) {
        throw new InputRuleViolation(InputRules.CONTROL_CHARACTER_MESSAGE);
      }
      setValue(text);
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }

  /**
   * A whole number in plain decimal; leading zeros are harmless once octal is out ("010" is 10).
   */
  static final class DecimalNumber extends PropertyEditorSupport {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?[0-9]+");

    private final Function<String, Number> parse;
    private final boolean emptyIsNull;

    DecimalNumber(Function<String, Number> parse, boolean emptyIsNull) {
      this.parse = parse;
      this.emptyIsNull = emptyIsNull;
    }

    @Override
    public void setAsText(String text) {
      String value = text == null ? "" : text.strip();
      if (value.isEmpty() && emptyIsNull) {
        setValue(null);
        return;
      }
      if (!DECIMAL.matcher(value).matches()) {
        throw new IllegalArgumentException("Not a whole number in decimal: " + value);
      }
      // NumberFormatException (an IllegalArgumentException) beyond the type's range.
      setValue(parse.apply(value));
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }

  /**
   * Spring's error for a value it could not convert ("typeMismatch"), except that a broken input
   * rule keeps its own message rather than the generic one for the field's type.
   */
  static final class RuleAwareErrors extends DefaultBindingErrorProcessor {

    static final String CODE = "inputRule";

    @Override
    public void processPropertyAccessException(PropertyAccessException ex, BindingResult result) {
      InputRuleViolation violation = InputRuleViolation.in(ex);
      if (violation == null) {
        super.processPropertyAccessException(ex, result);
        return;
      }
      String field = ex.getPropertyName();
      // A text keeps its type, so the error counts as a broken rule (pages that word binding
      // failures themselves still show this message); a date that was never converted must stay a
      // binding failure, or the form would try to format the raw text as a date.
      boolean text = ex instanceof TypeMismatchException m && m.getRequiredType() == String.class;
      result.addError(
          new FieldError(
              result.getObjectName(),
              field,
              ex.getValue(),
              !text,
              new String[] {CODE + "." + result.getObjectName() + "." + field, CODE},
              null,
              violation.getMessage()));
    }
  }
}
