package org.cairnpmo.identity;

import java.util.function.Function;
import lombok.AccessLevel;
import lombok.RequiredArgsConstructor;
import org.cairnpmo.platform.HomePanel;

/**
 * A home page section about the person signed in: their reviews, reports, projects. Nobody signed
 * in (the page is behind sign-in, so only in odd moments) leaves the section out, as does a {@code
 * null} from {@link #modelFor}.
 */
@RequiredArgsConstructor(access = AccessLevel.PROTECTED)
public abstract class ViewerHomePanel implements HomePanel {

  private final IdentityApi identity;
  private final int order;
  private final String template;

  @Override
  public int order() {
    return order;
  }

  @Override
  public String template() {
    return template;
  }

  @Override
  public Object model() {
    return identity.currentUser().map(this::modelFor).orElse(null);
  }

  /** What the section shows {@code viewer}; {@code null} leaves it out. */
  protected abstract Object modelFor(CurrentUser viewer);

  /** A section that needs nothing but {@code modelFor}, a function of the person signed in. */
  public static HomePanel of(
      IdentityApi identity, int order, String template, Function<CurrentUser, ?> modelFor) {
    return new ViewerHomePanel(identity, order, template) {
      @Override
      protected Object modelFor(CurrentUser viewer) {
        return modelFor.apply(viewer);
      }
    };
  }
}
